import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { createServer, mountGraphQL, type TokenVerifier } from '@crosslink/common';
import type { FastifyInstance } from 'fastify';
import { subgraphSource } from './subgraph-source.js';

export interface GatewayDeps {
  readonly verifier: TokenVerifier;
  /** Composed supergraph SDL (schema/supergraph.graphql). */
  readonly supergraphSdl: string;
  /** Subgraph URLs by name, overriding those recorded in the supergraph. */
  readonly subgraphUrls: Record<string, string>;
  readonly maxQueryDepth: number;
  readonly logLevel?: string;
}

export async function buildGateway(deps: GatewayDeps): Promise<FastifyInstance> {
  const app = createServer({ service: 'gateway', ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}) });
  const gateway = new ApolloGateway({
    supergraphSdl: deps.supergraphSdl,
    buildService: ({ name, url }) => subgraphSource(name, url ?? '', deps.subgraphUrls),
  });
  await mountGraphQL(app, { gateway }, {
    verifier: deps.verifier,
    context: (auth) => auth,
    maxQueryDepth: deps.maxQueryDepth,
  });
  return app;
}

export function readSupergraph(path: string): string {
  return readFileSync(path, 'utf8');
}
