import { CrosslinkError } from '../errors/crosslink-error.js';

/** Neo4j status codes (or driver codes) and what they mean to a Crosslink client. */
const unavailable = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

/** The driver's pool gives up waiting for a connection with an error that has no code, only this message. */
const acquisitionTimeout = /^Connection acquisition timed out/;

/**
 * Maps an error thrown by the driver to the catalog. Constraint violations are the caller's
 * conflict; an unreachable or refusing database is DATABASE_UNAVAILABLE; anything else is ours.
 */
export function mapNeo4jError(error: unknown): CrosslinkError {
  if (error instanceof CrosslinkError) return error;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new CrosslinkError('CONFLICT', undefined, {}, { cause: error });
  }
  const message = error instanceof Error ? error.message : '';
  if ((typeof code === 'string' && (unavailable.has(code) || code.startsWith('Neo.TransientError.'))) || acquisitionTimeout.test(message)) {
    return new CrosslinkError('DATABASE_UNAVAILABLE', undefined, {}, { cause: error });
  }
  return new CrosslinkError('INTERNAL', undefined, {}, { cause: error });
}

/**
 * A write transaction whose work had finished when the database went away failed while committing:
 * the commit may have reached the database before the connection dropped. The client is told the
 * outcome is unknown — never that the change failed — and how to learn it (the idempotency key).
 */
export function outcomeUnknown(mapped: CrosslinkError): CrosslinkError {
  if (mapped.code !== 'DATABASE_UNAVAILABLE') return mapped;
  return new CrosslinkError('WRITE_OUTCOME_UNKNOWN', undefined, {}, { cause: mapped.cause });
}
