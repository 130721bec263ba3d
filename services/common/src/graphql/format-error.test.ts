// Apollo Server runs outside vite and so gets graphql's CommonJS build, while a bare 'graphql'
// import here would get its ESM build: a GraphQLError from that copy fails Apollo's instanceof.
import { buildSchema, graphql, GraphQLError, type GraphQLFormattedError } from 'graphql/index.js';
import { describe, expect, it, vi } from 'vitest';
import { CrosslinkError, validationError } from '../errors/crosslink-error.js';
import { fieldOf, formatError } from './format-error.js';

/** What Apollo Server hands to `formatError` as its first argument (see errorNormalize.js). */
function formattedOf(error: GraphQLError): GraphQLFormattedError {
  return {
    ...error.toJSON(),
    extensions: { ...error.extensions, code: error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * An error thrown inside a resolver, as graphql-js reports it. unwrapResolverError only unwraps a
 * GraphQLError that has both a path and an originalError.
 */
function thrownInResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['createCase'] });
}

function format(error: GraphQLError, log?: (error: unknown) => void): GraphQLFormattedError {
  return formatError(formattedOf(error), error, log);
}

describe('formatError with a CrosslinkError from a resolver', () => {
  it('surfaces its code, message, details and path', () => {
    const error = thrownInResolver(validationError('input.title', 'A case needs a title'));
    expect(format(error)).toEqual({
      message: 'A case needs a title',
      path: ['createCase'],
      extensions: { code: 'VALIDATION_FAILED', field: 'input.title' },
    });
  });

  it('does not expose the reason detail', () => {
    const error = thrownInResolver(new CrosslinkError('UNAUTHENTICATED', undefined, { reason: 'signature verification failed' }));
    const result = format(error);
    expect(result.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(JSON.stringify(result)).not.toContain('signature');
  });

  it('logs nothing for a client error', () => {
    const log = vi.fn();
    format(thrownInResolver(new CrosslinkError('CASE_NOT_FOUND')), log);
    expect(log).not.toHaveBeenCalled();
  });

  it('logs the cause of a server error but shows only the catalog message', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:7687'), { code: 'ServiceUnavailable' });
    const log = vi.fn();
    const result = format(thrownInResolver(new CrosslinkError('DATABASE_UNAVAILABLE', undefined, {}, { cause })), log);
    expect(log).toHaveBeenCalledExactlyOnceWith(cause);
    expect(result.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    expect(result.message).not.toContain('10.0.0.7');
  });

  it('says a transient server error is retryable, and nothing of the kind for others', () => {
    expect(format(thrownInResolver(new CrosslinkError('AUDIT_UNAVAILABLE'))).extensions).toEqual({ code: 'AUDIT_UNAVAILABLE', retryable: true });
    expect(format(thrownInResolver(new CrosslinkError('INTERNAL'))).extensions).toEqual({ code: 'INTERNAL' });
    expect(format(thrownInResolver(new CrosslinkError('CONFLICT'))).extensions).toEqual({ code: 'CONFLICT' });
  });

  it('logs a server error without a cause as itself', () => {
    const original = new CrosslinkError('INTERNAL');
    const log = vi.fn();
    format(thrownInResolver(original), log);
    expect(log).toHaveBeenCalledExactlyOnceWith(original);
  });
});

describe('formatError with variables that do not fit the schema', () => {
  const schema = buildSchema(`
    input AddressInput { line1: String!, postcode: String! }
    input CreateCaseInput { title: String!, summary: String, address: AddressInput }
    type Query { ok: Boolean }
    type Mutation { createCase(input: CreateCaseInput!): Boolean }
  `);

  /** The error graphql-js reports for these variables; Apollo codes it BAD_USER_INPUT. */
  async function coercionError(input: unknown): Promise<GraphQLError> {
    const result = await graphql({
      schema,
      source: 'mutation Create($input: CreateCaseInput!) { createCase(input: $input) }',
      variableValues: { input },
    });
    const [error] = result.errors ?? [];
    if (error === undefined) throw new Error('expected a coercion error');
    return new GraphQLError(error.message, { nodes: error.nodes ?? null, extensions: { code: 'BAD_USER_INPUT' } });
  }

  it('becomes VALIDATION_FAILED naming the field at fault', async () => {
    const error = await coercionError({ title: 42 });
    const result = format(error);
    expect(result.extensions).toEqual({ code: 'VALIDATION_FAILED', field: 'input.title' });
    expect(result.message).toBe(error.message);
    expect(result.locations).toEqual(error.locations);
  });

  it('names a nested field by its path', async () => {
    const result = format(await coercionError({ title: 'x', address: { line1: 7, postcode: 'B12 9QA' } }));
    expect(result.extensions).toEqual({ code: 'VALIDATION_FAILED', field: 'input.address.line1' });
  });

  // ErrorDetails.field is documented as the path of the input field (input.title,
  // input.address.postcode), which is what the services' own validation reports; a field that is
  // missing or unknown must be named the same way as a mistyped one, or a client cannot tell which
  // form field is at fault.
  it.each([
    ['a missing field', {}, 'input.title'],
    ['a missing nested field', { title: 'x', address: { line1: '1 High St' } }, 'input.address.postcode'],
    ['an unknown field', { title: 'x', colour: 'red' }, 'input.colour'],
  ])('names %s by its full path', async (_name, input, field) => {
    expect(format(await coercionError(input)).extensions).toEqual({ code: 'VALIDATION_FAILED', field });
  });

  it('names the variable itself when it is null', async () => {
    expect(format(await coercionError(null)).extensions).toEqual({ code: 'VALIDATION_FAILED', field: 'input' });
  });
});

describe('fieldOf', () => {
  it('reads a path with list indexes', () => {
    const message = 'Variable "$input" got invalid value 1 at "input.items[0].name"; String cannot represent a non string value: 1';
    expect(fieldOf(message)).toEqual({ field: 'input.items[0].name' });
  });

  it('is empty when the message names no field', () => {
    expect(fieldOf('Expected non-nullable type "CreateCaseInput!" not to be null.')).toEqual({});
  });
});

describe('formatError with errors GraphQL itself coded', () => {
  it.each(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND'])('passes %s through unchanged', (code) => {
    const error = new GraphQLError('Cannot query field "titel" on type "Case".', { extensions: { code } });
    const formatted = formattedOf(error);
    const log = vi.fn();
    expect(formatError(formatted, error, log)).toBe(formatted);
    expect(log).not.toHaveBeenCalled();
  });

  it('gives a query over a limit QUERY_TOO_COMPLEX, though Apollo codes it as a validation failure', () => {
    const limit = new GraphQLError('The query uses 40 aliases; at most 30 are allowed', {
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 30, found: 40 },
    });
    const wrapped = new GraphQLError(limit.message, { originalError: limit, extensions: { ...limit.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(wrapped).extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 30, found: 40 });
  });

  it("gives the parser's token limit QUERY_TOO_COMPLEX, naming the limit", () => {
    const error = new GraphQLError('Syntax Error: Document contains more that 3000 tokens. Parsing aborted.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(format(error).extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 3000 });
  });

  it('passes through an error a subgraph already coded', () => {
    const error = new GraphQLError('No such case, or you may not see it', {
      path: ['case'],
      extensions: { code: 'CASE_NOT_FOUND', field: 'id' },
    });
    const formatted = formattedOf(error);
    expect(formatError(formatted, error)).toBe(formatted);
  });
});

describe('formatError with anything else', () => {
  it('hides a bug behind INTERNAL and logs it', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id') at /srv/cases/dist/case.service.js");
    const error = thrownInResolver(bug);
    const log = vi.fn();
    const result = format(error, log);
    expect(result).toEqual({
      message: 'Something went wrong on our side',
      path: ['createCase'],
      extensions: { code: 'INTERNAL' },
    });
    expect(log).toHaveBeenCalledExactlyOnceWith(bug);
  });

  it('does not pass through INTERNAL_SERVER_ERROR', () => {
    const error = new GraphQLError('secret detail', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(format(error)).toEqual({ message: 'Something went wrong on our side', extensions: { code: 'INTERNAL' } });
  });

  it('does not pass through a code that is not UPPER_SNAKE', () => {
    const error = new GraphQLError('secret detail', { extensions: { code: 'econnrefused' } });
    expect(format(error).extensions).toEqual({ code: 'INTERNAL' });
  });
});
