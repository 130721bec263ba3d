import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { AuditedWriter, createServer, gatewayAuditPlugin, mountGraphQL, type Neo4jExecutor, type TokenVerifier } from '@crosslink/common';
import type { FastifyInstance } from 'fastify';
import { subgraphSource, type GatewayContext } from './subgraph-source.js';

export interface GatewayDeps {
  readonly verifier: TokenVerifier;
  /** Writes the gateway's chain of the audit trail: what each request consulted, in one commit. */
  readonly executor: Neo4jExecutor;
  /** Signs the attestation that the gateway audits each subgraph call. */
  readonly attestationKey: string;
  /** Composed supergraph SDL (schema/supergraph.graphql). */
  readonly supergraphSdl: string;
  /** Subgraph URLs by name, overriding those recorded in the supergraph. */
  readonly subgraphUrls: Record<string, string>;
  readonly maxQueryDepth: number;
  /** How long one subgraph call may take; default 20 s (see config.ts). */
  readonly subgraphTimeoutMs?: number;
  readonly logLevel?: string;
}

export async function buildGateway(deps: GatewayDeps): Promise<FastifyInstance> {
  const app = createServer({
    service: 'gateway',
    ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}),
    readiness: () => deps.executor.ping(),
  });
  const gateway = new ApolloGateway({
    supergraphSdl: deps.supergraphSdl,
    buildService: ({ name, url }) => subgraphSource(name, url ?? '', deps.subgraphUrls, deps.attestationKey, deps.subgraphTimeoutMs),
  });
  await mountGraphQL<GatewayContext>(app, { gateway }, {
    verifier: deps.verifier,
    context: (auth) => ({ ...auth, consulted: [], withheld: [] }),
    maxQueryDepth: deps.maxQueryDepth,
    plugins: [gatewayAuditPlugin(new AuditedWriter(deps.executor, 'gateway'))],
  });
  return app;
}

export function readSupergraph(path: string): string {
  return readFileSync(path, 'utf8');
}
