/**
 * Every error Crosslink reports, by stable code. Clients branch on `extensions.code`, so a code is
 * never renamed or reused; the message may be reworded. `client` errors are the caller's to fix and
 * are logged at info; `server` errors are ours and are logged at error with their cause. A
 * `retryable` error is transient: the same request may succeed shortly, and clients are told so in
 * `extensions.retryable`.
 * docs/errors.md lists the same codes; a test keeps the two in agreement.
 */
export const errorCatalog = {
  UNAUTHENTICATED: { category: 'client', httpStatus: 401, message: 'A valid bearer token is required' },
  FORBIDDEN: { category: 'client', httpStatus: 403, message: 'You are not allowed to do this' },
  VALIDATION_FAILED: { category: 'client', httpStatus: 400, message: 'The input is not valid' },
  NOT_FOUND: { category: 'client', httpStatus: 404, message: 'No such record' },
  CASE_NOT_FOUND: { category: 'client', httpStatus: 404, message: 'No such case, or you may not see it' },
  PERSON_NOT_FOUND: { category: 'client', httpStatus: 404, message: 'No such person, or you may not see them' },
  FORCE_NOT_FOUND: { category: 'client', httpStatus: 404, message: 'No such force' },
  CONFLICT: { category: 'client', httpStatus: 409, message: 'The record already exists or was changed by someone else' },
  PURPOSE_REQUIRED: { category: 'client', httpStatus: 400, message: 'State the purpose of this request in the x-crosslink-purpose header' },
  PURPOSE_INVALID: { category: 'client', httpStatus: 400, message: 'The stated purpose is not usable: it must be 3-500 characters of UTF-8 text on one line' },
  BAD_CURSOR: { category: 'client', httpStatus: 400, message: 'The pagination cursor is not valid' },
  QUERY_TOO_COMPLEX: { category: 'client', httpStatus: 400, message: 'The query asks for too much at once; ask for less or split it' },
  BAD_OPERATION_NAME: { category: 'client', httpStatus: 400, message: 'The request does not name one operation of its document to run' },
  BAD_REQUEST: { category: 'client', httpStatus: 400, message: 'This is not a request the endpoint serves: send a JSON body with a query or mutation' },
  TOO_MANY_ERRORS: { category: 'client', httpStatus: 400, message: 'More errors were found than one answer reports' },
  RATE_LIMITED: { category: 'client', httpStatus: 429, message: 'Too many requests; wait before sending more' },
  INVALID_TRANSITION: { category: 'client', httpStatus: 409, message: 'The record cannot move from its current state to the one asked for' },
  IDEMPOTENCY_KEY_REUSED: { category: 'client', httpStatus: 409, message: 'This idempotency key was used for a different request' },
  DATABASE_UNAVAILABLE: { category: 'server', httpStatus: 503, message: 'The database is not reachable; try again shortly', retryable: true },
  WRITE_OUTCOME_UNKNOWN: {
    category: 'server',
    httpStatus: 503,
    message:
      'The database went away while this change was being committed: it may or may not have been made. Send it again with the same idempotency key to find out',
    retryable: true,
  },
  DIRECTORY_UNAVAILABLE: {
    category: 'server',
    httpStatus: 503,
    message: 'The officer directory (the realm) is not reachable, so the officer cannot be checked; try again shortly',
    retryable: true,
  },
  AUDIT_UNAVAILABLE: { category: 'server', httpStatus: 503, message: 'The audit trail cannot be written, so nothing is returned', retryable: true },
  SUBGRAPH_TIMEOUT: {
    category: 'server',
    httpStatus: 504,
    message: 'A service did not answer in time; try again shortly (a change asked for may have been made: check before repeating it)',
    retryable: true,
  },
  SUBGRAPH_UNAVAILABLE: { category: 'server', httpStatus: 503, message: 'A service behind the gateway did not answer; try again shortly', retryable: true },
  INTERNAL: { category: 'server', httpStatus: 500, message: 'Something went wrong on our side' },
} as const satisfies Record<string, { category: 'client' | 'server'; httpStatus: number; message: string; retryable?: true }>;

export type ErrorCode = keyof typeof errorCatalog;

export const errorCodes = Object.keys(errorCatalog) as ErrorCode[];

/** Whether the same request may succeed shortly (a database, audit trail or service briefly out of reach). */
export function isRetryable(code: string): boolean {
  const entry = (errorCatalog as Record<string, { retryable?: true }>)[code];
  return entry?.retryable === true;
}

/** The extensions a coded error carries: its code, and `retryable: true` when it is. */
export function codeExtensions(code: string): { code: string; retryable?: true } {
  return isRetryable(code) ? { code, retryable: true } : { code };
}
