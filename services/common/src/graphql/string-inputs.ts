import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { argumentPaths, asArgumentPath } from './input-paths.js';
import { textFault } from './text.js';

/**
 * Guards the input of every request at the GraphQL boundary.
 *
 * Refuses, before anything runs, a request whose string inputs are not text Crosslink stores (see
 * text.ts): every string literal in the operation's arguments and variable defaults, and every
 * string anywhere in its variables. The error is VALIDATION_FAILED naming the field, as
 * `input.name` or `input.aliases[1]`. Fields that must be single lines (names, identifiers) check
 * more in their own validation.
 *
 * Variables that do not fit the schema (a bad enum value, a missing field) are refused by
 * request-limits.ts, named the same way: by the argument they fill, `input.role`, not by the
 * client's variable, `i.role` (see input-paths.ts).
 */
export function stringInputsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, operation, request }) => {
        const fault = firstFault(document, request.variables ?? {});
        if (fault === null) return;
        const field = asArgumentPath(fault.field, argumentPaths(document, operation));
        throw new GraphQLError(`${field} ${fault.problem}; send well-formed text`, {
          extensions: { code: 'VALIDATION_FAILED', field, http: { status: 400 } },
        });
      },
    }),
  };
}

export interface StringFault {
  readonly field: string;
  readonly problem: string;
}

/** The first string input of the request that is not acceptable text, or null. */
export function firstFault(document: DocumentNode, variables: Readonly<Record<string, unknown>>): StringFault | null {
  const representations = entityVariables(document);
  for (const [name, value] of Object.entries(variables)) {
    if (representations.has(name)) continue;
    const fault = inValue(value, name);
    if (fault !== null) return fault;
  }
  let found: StringFault | null = null;
  visit(document, {
    Argument: (node) => {
      found ??= inLiteral(node.value, node.name.value);
    },
    VariableDefinition: (node) => {
      if (node.defaultValue !== undefined) found ??= inLiteral(node.defaultValue, node.variable.name.value);
    },
  });
  return found;
}

function inValue(value: unknown, path: string): StringFault | null {
  if (typeof value === 'string') {
    const problem = textFault(value);
    return problem === null ? null : { field: path, problem };
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const fault = inValue(item, `${path}[${i}]`);
      if (fault !== null) return fault;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A key is a field name the schema checks; a malformed one cannot match a field.
      const fault = inValue(item, `${path}.${key}`);
      if (fault !== null) return fault;
    }
  }
  return null;
}

function inLiteral(node: ValueNode, path: string): StringFault | null {
  switch (node.kind) {
    case Kind.STRING: {
      const problem = textFault(node.value);
      return problem === null ? null : { field: path, problem };
    }
    case Kind.LIST:
      for (const [i, item] of node.values.entries()) {
        const fault = inLiteral(item, `${path}[${i}]`);
        if (fault !== null) return fault;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const fault = inLiteral(field.value, `${path}.${field.name.value}`);
        if (fault !== null) return fault;
      }
      return null;
    default:
      return null;
  }
}

/**
 * Variables of a subgraph's `_entities(representations:)`: keys the gateway built from records
 * already stored, not text a client typed, so a record kept from before these checks still resolves.
 */
function entityVariables(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, {
    Field: (node) => {
      if (node.name.value !== '_entities') return;
      for (const argument of node.arguments ?? []) {
        if (argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
      }
    },
  });
  return names;
}
