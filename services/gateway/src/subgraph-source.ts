import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLError } from 'graphql';
import { attest, ATTESTATION_HEADER, AUDIT_EXTENSION, PURPOSE_HEADER, purposeHeaderValue, REQUEST_ID_HEADER, type AuditEntry, type RequestAuth } from '@crosslink/common';
import { subgraphErrorFrom } from './subgraph-errors.js';

/** A request through the gateway: who asked, and what its subgraph calls consulted on the way. */
export interface GatewayContext extends RequestAuth {
  /** Consultations the subgraphs returned instead of writing them; the gateway writes them all at once. */
  readonly consulted: AuditEntry[];
}

type DidReceiveResponse = NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>;
type Received = Parameters<DidReceiveResponse>[0];
type SubgraphResponse = Received['response'];
type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/**
 * Calls one subgraph with Node's own fetch, forwarding the caller's bearer token (each subgraph
 * verifies it again), the request id (so one request can be followed through every log) and the
 * stated purpose. Each call carries an attestation that the gateway will audit it, so the subgraph
 * returns what it consulted rather than writing it (see common/src/audit/attestation.ts); a
 * subgraph answer with data but no audit is refused.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly attestationKey: string,
  ) {
    super({ url, fetcher: fetch as never });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Context is absent only for the gateway's own health checks, which we do not enable.
    if (!('token' in context)) return;
    const headers = request.http?.headers;
    headers?.set('authorization', `Bearer ${context.token}`);
    headers?.set(REQUEST_ID_HEADER, context.requestId);
    // Header values are bytes: the purpose goes on as UTF-8, as the client sent it.
    if (context.purpose !== null) headers?.set(PURPOSE_HEADER, purposeHeaderValue(context.purpose));
    const call = { requestId: context.requestId, token: context.token, query: request.query ?? '', variables: request.variables };
    headers?.set(ATTESTATION_HEADER, attest(this.attestationKey, call));
  }

  override didReceiveResponse({ response, context }: Received): SubgraphResponse {
    const entries = response.extensions?.[AUDIT_EXTENSION];
    if (response.extensions !== undefined) delete response.extensions[AUDIT_EXTENSION];
    if (Array.isArray(entries)) {
      context.consulted.push(...(entries as AuditEntry[]));
    } else if (response.data !== undefined && response.data !== null) {
      throw new Error(`the ${this.name} subgraph answered without its audit, so its answer is not used`);
    }
    return response;
  }

  /** A refusal keeps the subgraph's own code (see subgraph-errors.ts). */
  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const body: unknown = await this.parseBody(response).catch(() => undefined);
    return subgraphErrorFrom(this.name, response.status, body);
  }
}

export function subgraphSource(name: string, url: string, urls: Record<string, string>, attestationKey: string): SubgraphSource {
  return new SubgraphSource(name, urls[name] ?? url, attestationKey);
}
