import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import {
  attest,
  ATTESTATION_HEADER,
  codeExtensions,
  PURPOSE_HEADER,
  purposeHeaderValue,
  REQUEST_ID_HEADER,
  takeConsultations,
  type GatewayAuditContext,
  type RequestAuth,
} from '@crosslink/common';
import { subgraphErrorFrom, subgraphFailure } from './subgraph-errors.js';
import { subgraphFetcher } from './subgraph-fetch.js';

/** A request through the gateway: who asked, and what its subgraph calls consulted on the way. */
export interface GatewayContext extends RequestAuth, GatewayAuditContext {}

type DidReceiveResponse = NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>;
type Received = Parameters<DidReceiveResponse>[0];
type SubgraphResponse = Received['response'];
type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/**
 * Calls one subgraph (subgraph-fetch.ts), forwarding the caller's bearer token (each subgraph
 * verifies it again), the request id (so one request can be followed through every log) and the
 * stated purpose. Each call carries an attestation that the gateway will audit it, so the subgraph
 * returns what it consulted rather than writing it (the read audit: common/src/audit/read-audit.ts);
 * a subgraph answer with data but no audit is refused. A call has a deadline (20 s by default),
 * under the attestation’s lifetime: past it the gateway stops waiting and answers SUBGRAPH_TIMEOUT,
 * retryable, rather than an answer it could no longer use.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly attestationKey: string,
    private readonly timeoutMs: number = DEFAULT_SUBGRAPH_TIMEOUT_MS,
  ) {
    super({ url, fetcher: subgraphFetcher(timeoutMs) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Context is absent only for the gateway's own health checks, which we do not enable.
    if (!('token' in context)) return;
    const headers = request.http?.headers;
    headers?.set('authorization', `Bearer ${context.token}`);
    headers?.set(REQUEST_ID_HEADER, context.requestId);
    // Header values are bytes: the purpose goes on as UTF-8, as the client sent it.
    if (context.purpose !== null) headers?.set(PURPOSE_HEADER, purposeHeaderValue(context.purpose));
    const call = { audience: this.name, requestId: context.requestId, token: context.token, query: request.query ?? '', variables: request.variables };
    headers?.set(ATTESTATION_HEADER, attest(this.attestationKey, call));
  }

  override didReceiveResponse({ response, context }: Received): SubgraphResponse {
    takeConsultations(this.name, response, context);
    return response;
  }

  /** A refusal keeps the subgraph's own code; see subgraph-errors.ts. */
  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body: unknown = await this.parseBody(response).catch(() => undefined);
    return subgraphErrorFrom(this.name, response.status, body);
  }

  /**
   * A call past its deadline is SUBGRAPH_TIMEOUT (the change it asked for may still be made); an
   * unreachable subgraph is SUBGRAPH_UNAVAILABLE. Both are retryable; see subgraph-errors.ts.
   */
  override didEncounterError(error: Error): void {
    if (error.name === 'TimeoutError') {
      throw new GraphQLError(`The ${this.name} service did not answer within ${this.timeoutMs} ms`, {
        extensions: { ...codeExtensions('SUBGRAPH_TIMEOUT'), service: this.name },
      });
    }
    throw subgraphFailure(this.name, error);
  }
}

/** Default deadline of a subgraph call. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 20_000;

export function subgraphSource(name: string, url: string, urls: Record<string, string>, attestationKey: string, timeoutMs?: number): SubgraphSource {
  return new SubgraphSource(name, urls[name] ?? url, attestationKey, timeoutMs);
}
