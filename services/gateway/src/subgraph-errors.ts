import { GraphQLError } from 'graphql';

/**
 * What the gateway makes of a subgraph call that did not return a GraphQL answer.
 *
 * - A subgraph that refused the call with a coded error (HTTP 400 for a variable its scalars reject,
 *   401 for a token that expired on the way) said what was wrong: its first error reaches the client
 *   as it was, code and details included, instead of Apollo's generic "400: Bad Request".
 * - A subgraph that cannot be reached, times out or answers 502–504 is unavailable: the fields it
 *   serves are null and the client gets SUBGRAPH_UNAVAILABLE, retryable, naming the service.
 * - Anything else is a fault of ours and stays uncoded, so the client gets INTERNAL.
 */
export function subgraphErrorFrom(service: string, status: number, body: unknown): GraphQLError {
  const coded = firstCodedError(body);
  if (coded !== undefined) return coded;
  if (status === 502 || status === 503 || status === 504) return subgraphUnavailable(service);
  return new GraphQLError(`The ${service} subgraph answered HTTP ${status}`);
}

/** The failure a call to a subgraph ends with: network and timeout failures mean it is unavailable. */
export function subgraphFailure(service: string, error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError' || isNetworkFailure(error))) {
    return subgraphUnavailable(service, error);
  }
  return error;
}

export function subgraphUnavailable(service: string, cause?: Error): GraphQLError {
  return new GraphQLError(`The ${service} service did not answer, so what it serves is missing from this answer; try again shortly`, {
    ...(cause !== undefined ? { originalError: cause } : {}),
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', service, retryable: true },
  });
}

/** What Node's http client fails with when the other side cannot be reached or drops the connection. */
const networkFailures = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);

function isNetworkFailure(error: Error): boolean {
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && networkFailures.has(code);
}

function firstCodedError(body: unknown): GraphQLError | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return undefined;
  const first: unknown = errors[0];
  if (first === null || typeof first !== 'object') return undefined;
  const { message, extensions } = first as { message?: unknown; extensions?: Record<string, unknown> };
  const code = extensions?.['code'];
  if (typeof message !== 'string' || typeof code !== 'string' || code === 'INTERNAL' || code === 'INTERNAL_SERVER_ERROR') return undefined;
  return new GraphQLError(message, { extensions: { ...extensions } });
}
