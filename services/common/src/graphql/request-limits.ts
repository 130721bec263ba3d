import { HeaderMap, type ApolloServerPlugin, type BaseContext, type GraphQLResponse } from '@apollo/server';
import { getVariableValues, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { checkRepresentations, entityKeysOf, type EntityKeys } from './entities-guard.js';
import { fieldOf } from './format-error.js';
import { argumentPaths, asArgumentPath } from './input-paths.js';
import type { QueryLimits } from './limits.js';

/**
 * What is checked once the operation is known, before anything runs, and on the way out:
 * - the request names one operation of its document (else BAD_OPERATION_NAME, HTTP 400 — graphql-js
 *   would throw from the executor, which the gateway reports as a 500), and it is not a
 *   subscription, which nothing here serves (BAD_REQUEST, HTTP 400; the gateway would answer 500);
 * - each `_entities` call carries a bounded number of well-formed representations (subgraphs);
 * - the variables fit the operation, stopping after `maxErrors` misfits: the gateway's own check
 *   does not stop, and works out "did you mean" for each of 5,000 bad enum values for seconds. A
 *   misfit is named by the argument it fills, `input.role`, not the client's variable, `i.role`
 *   (see input-paths.ts);
 * - an answer reports at most `maxErrors` errors, then one TOO_MANY_ERRORS saying how many were left out.
 */
export function requestLimitsPlugin(limits: Pick<QueryLimits, 'maxRepresentations' | 'maxErrors'>): ApolloServerPlugin<BaseContext> {
  const keysBySchema = new WeakMap<GraphQLSchema, EntityKeys>();
  const keysOf = (schema: GraphQLSchema): EntityKeys => {
    let keys = keysBySchema.get(schema);
    if (keys === undefined) keysBySchema.set(schema, (keys = entityKeysOf(schema)));
    return keys;
  };
  return {
    async requestDidStart() {
      let misfits: readonly GraphQLError[] | undefined;
      let paths: ReadonlyMap<string, string> = new Map();
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (operation === undefined) throw operationNotResolved(request.operationName);
          if (operation.operation === 'subscription') {
            throw new GraphQLError('This endpoint serves queries and mutations; subscriptions are not served here', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          const keys = keysOf(schema);
          if (keys.size > 0) checkRepresentations(operation, request.variables, keys, limits.maxRepresentations);
          paths = argumentPaths(document, operation);
          misfits = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: limits.maxErrors }).errors;
        },
        async responseForOperation(): Promise<GraphQLResponse | null> {
          if (misfits === undefined) return null;
          // Shaped as formatError shapes graphql-js's own variable errors: VALIDATION_FAILED, the field.
          const errors = misfits.map((error) => ({
            message: error.message,
            ...(error.locations ? { locations: error.locations } : {}),
            extensions: { code: 'VALIDATION_FAILED', ...named(fieldOf(error.message).field, paths) },
          }));
          return { http: { status: 400, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors } } };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors !== undefined) result.errors = capErrors(result.errors, limits.maxErrors);
        },
      };
    },
  };
}

function named(field: string | undefined, paths: ReadonlyMap<string, string>): { field?: string } {
  return field === undefined ? {} : { field: asArgumentPath(field, paths) };
}

function operationNotResolved(operationName: string | null | undefined): GraphQLError {
  const message =
    typeof operationName === 'string' && operationName !== ''
      ? `The document has no operation named ${JSON.stringify(operationName.slice(0, 100))}`
      : 'The document holds several operations: name the one to run in operationName';
  return new GraphQLError(message, { extensions: { code: 'BAD_OPERATION_NAME', http: { status: 400 } } });
}

/** The first `max` errors, and one more saying how many were left out, when there are more. */
export function capErrors(errors: readonly GraphQLFormattedError[], max: number): readonly GraphQLFormattedError[] {
  if (errors.length <= max) return errors;
  const omitted = errors.length - max;
  return [
    ...errors.slice(0, max),
    {
      message: `More errors were found than one answer reports (${omitted} more at least); fix those above and send it again`,
      extensions: { code: 'TOO_MANY_ERRORS', omitted },
    },
  ];
}
