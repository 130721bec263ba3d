import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { checkRepresentations, entityKeysOf, type EntityKeys } from './entities-guard.js';
import type { QueryLimits } from './limits.js';

/**
 * What is checked once the operation is known, before anything runs, and on the way out:
 * - the request names one operation of its document (else BAD_OPERATION_NAME, HTTP 400 — graphql-js
 *   would throw from the executor, which the gateway reports as a 500);
 * - each `_entities` call carries a bounded number of well-formed representations (subgraphs);
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
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (operation === undefined) throw operationNotResolved(request.operationName);
          const keys = keysOf(schema);
          if (keys.size > 0) checkRepresentations(operation, request.variables, keys, limits.maxRepresentations);
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
    { message: `${omitted} more errors were left out of this answer; fix those above and send it again`, extensions: { code: 'TOO_MANY_ERRORS', omitted } },
  ];
}
