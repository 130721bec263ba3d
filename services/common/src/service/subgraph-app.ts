import type { BaseContext } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { mountGraphQL, type RequestAuth } from '../graphql/mount.js';
import type { Neo4jExecutor } from '../neo4j/executor.js';
import { createServer } from '../server/create-server.js';

export interface SubgraphAppOptions<C extends BaseContext> {
  readonly service: string;
  readonly logLevel?: string;
  readonly schema: GraphQLSchema;
  readonly executor: Neo4jExecutor;
  readonly verifier: TokenVerifier;
  readonly context: (auth: RequestAuth) => C;
}

/** A subgraph's Fastify app: the common server with GraphQL behind authentication. Ready only when Neo4j answers. */
export async function buildSubgraphApp<C extends BaseContext>(options: SubgraphAppOptions<C>): Promise<FastifyInstance> {
  const app = createServer({
    service: options.service,
    ...(options.logLevel !== undefined ? { logLevel: options.logLevel } : {}),
    readiness: () => options.executor.ping(),
  });
  await mountGraphQL(app, { schema: options.schema }, { verifier: options.verifier, context: options.context });
  return app;
}
