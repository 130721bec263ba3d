import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { isIsoInstant } from './instant.js';

/** Refused as BAD_USER_INPUT, which the error formatter reports as VALIDATION_FAILED naming the field. */
function parseInstant(value: unknown): string {
  if (isIsoInstant(value)) return value;
  throw new GraphQLError('DateTime must be an ISO-8601 instant that exists, such as 2026-03-14T09:30:00Z', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** An instant as an ISO-8601 string; Neo4j's `toString(datetime)` is already in this form. */
export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in ISO-8601, e.g. 2026-03-14T09:30:00Z.',
  serialize: (value) => String(value),
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});
