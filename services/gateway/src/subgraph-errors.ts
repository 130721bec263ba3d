import { GraphQLError } from 'graphql';

/**
 * What the gateway makes of a subgraph call that did not return a GraphQL answer. A subgraph that
 * refused the call with a coded error (HTTP 400 for a variable its scalars reject, such as an
 * instant that does not exist) said what was wrong: its first error reaches the client as it was,
 * code and details included, instead of a generic "400: Bad Request" that would surface as
 * INTERNAL. Anything else is a fault of ours and stays uncoded, so the client gets INTERNAL.
 */
export function subgraphErrorFrom(service: string, status: number, body: unknown): GraphQLError {
  return firstCodedError(body) ?? new GraphQLError(`The ${service} subgraph answered HTTP ${status}`);
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
