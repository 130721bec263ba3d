import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { codeExtensions } from '../errors/catalog.js';
import { isCrosslinkError } from '../errors/crosslink-error.js';
import { tokenLimitIn } from './limit-error.js';

/** Codes produced by GraphQL itself for a malformed operation; passed through unchanged. */
const operationErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Shapes every error a client sees. Crosslink errors carry their catalog code and details (the
 * field at fault). Variables that do not fit the schema become VALIDATION_FAILED naming the field.
 * Errors already coded by a subgraph pass through the gateway untouched. Anything else is a bug:
 * the client gets INTERNAL and no detail, the log gets the cause.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log?: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = {
    message: formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };

  if (isCrosslinkError(original)) {
    if (original.category === 'server') log?.(original.cause ?? original);
    const { reason: _reason, ...details } = original.details;
    return { ...base, message: original.message, extensions: { ...codeExtensions(original.code), ...details } };
  }

  const code = formatted.extensions?.['code'];
  // A limit is a validation rule (which Apollo codes GRAPHQL_VALIDATION_FAILED) or the parser's
  // token count (GRAPHQL_PARSE_FAILED); either way the client gets QUERY_TOO_COMPLEX.
  const limitCode = codeOfCause(error);
  if (code === 'GRAPHQL_VALIDATION_FAILED' && limitCode === 'QUERY_TOO_COMPLEX') {
    return { ...formatted, extensions: { ...formatted.extensions, code: limitCode } };
  }
  const maxTokens = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitIn(formatted.message) : undefined;
  if (maxTokens !== undefined) {
    return {
      message: `The query holds more than ${maxTokens} tokens; ask for less or split it`,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: maxTokens },
    };
  }
  if (code === 'BAD_USER_INPUT') {
    // Misfit variables are refused, named by argument, before this (request-limits.ts); what is left
    // is graphql-js's own input errors, which keep a field they name or are named by their message.
    const field = formatted.extensions?.['field'];
    return { ...base, extensions: { code: 'VALIDATION_FAILED', ...(typeof field === 'string' ? { field } : fieldOf(formatted.message)) } };
  }
  if (typeof code === 'string' && (operationErrorCodes.has(code) || isCatalogued(formatted))) {
    return formatted;
  }
  log?.(original);
  return { ...base, message: 'Something went wrong on our side', extensions: { code: 'INTERNAL' } };
}

/** The code of the error Apollo wrapped, when it wrapped a coded one (read by shape, not instanceof). */
function codeOfCause(error: unknown): unknown {
  const cause = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)?.originalError;
  return cause?.extensions?.['code'];
}

/** An error a subgraph already shaped (it reaches the gateway with `extensions.code` set). */
function isCatalogued(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.['code'];
  return typeof code === 'string' && /^[A-Z][A-Z_]+$/.test(code) && code !== 'INTERNAL_SERVER_ERROR';
}

/**
 * The path of the input field graphql-js blames when a variable does not fit its type, e.g.
 * `input.title` for a missing title or `input.address.postcode` for a nested one, so that clients
 * get the same form of path as the services' own validation gives.
 */
export function fieldOf(message: string): { field?: string } {
  const variable = /^Variable "\$([A-Za-z0-9_]+)"/.exec(message)?.[1];
  const at = /at "([A-Za-z0-9_.[\]]+)"/.exec(message)?.[1];
  const named = /Field "([A-Za-z0-9_]+)" (?:of required type|is not defined)/.exec(message)?.[1];
  const parent = at ?? variable;
  if (named !== undefined) return { field: parent === undefined ? named : `${parent}.${named}` };
  if (parent !== undefined) return { field: parent };
  return {};
}
