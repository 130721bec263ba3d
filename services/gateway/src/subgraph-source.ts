import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { PURPOSE_HEADER, REQUEST_ID_HEADER, type RequestAuth } from '@crosslink/common';

export type GatewayContext = RequestAuth;

/**
 * Calls one subgraph with Node's own fetch, forwarding the caller's bearer token (each subgraph
 * verifies it again), the request id (so one request can be followed through every log) and the
 * stated purpose (which each subgraph records in the audit trail).
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Context is absent only for the gateway's own health checks, which we do not enable.
    if (!('token' in context)) return;
    request.http?.headers.set('authorization', `Bearer ${context.token}`);
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.purpose !== null) request.http?.headers.set(PURPOSE_HEADER, context.purpose);
  }
}

export function subgraphSource(name: string, url: string, urls: Record<string, string>): SubgraphSource {
  return new SubgraphSource({ url: urls[name] ?? url, fetcher: fetch as never });
}
