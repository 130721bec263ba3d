import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { AuditedWriter, createServer, gatewayAuditPlugin, mountGraphQL, type GraphQLServing, type Neo4jExecutor, type TokenVerifier } from '@crosslink/common';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { proxyAlertStream } from './alert-stream.js';
import { rateLimitPerUser, type RateLimitOptions } from './rate-limit.js';
import { subgraphStatus } from './readiness.js';
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
  /** How long one subgraph call may take; default 20 s (see config.ts). */
  readonly subgraphTimeoutMs?: number;
  /** Query limits and introspection; the common defaults when absent. */
  readonly graphql?: GraphQLServing;
  /** Requests per user and window; default 1200 a minute. */
  readonly rateLimit?: RateLimitOptions;
  readonly logLevel?: string;
  /** Origins whose pages may call the gateway (the web console's); none when absent. */
  readonly browserOrigins?: readonly string[];
}

export async function buildGateway(deps: GatewayDeps): Promise<FastifyInstance> {
  const app = createServer({
    service: 'gateway',
    ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}),
    // Ready when the gateway can write its audit chain; each subgraph's state is reported beside.
    readiness: async () => {
      const [ready, subgraphs] = await Promise.all([deps.executor.ping().catch(() => false), subgraphStatus(deps.subgraphUrls)]);
      const degraded = Object.values(subgraphs).some((status) => status !== 'ready');
      return { ready, status: !ready ? 'unavailable' : degraded ? 'degraded' : 'ready', subgraphs };
    },
  });
  // The console's page calls the gateway from its own origin with a bearer token (no cookies), so
  // only that origin, the headers Crosslink reads and the request id it answers are allowed.
  await app.register(cors, {
    origin: [...(deps.browserOrigins ?? [])],
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'x-crosslink-purpose', 'x-request-id'],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  });
  const gateway = new ApolloGateway({
    supergraphSdl: deps.supergraphSdl,
    buildService: ({ name, url }) => subgraphSource(name, url ?? '', deps.subgraphUrls, deps.attestationKey, deps.subgraphTimeoutMs),
  });
  await mountGraphQL<GatewayContext>(
    app,
    { gateway },
    {
      verifier: deps.verifier,
      context: (auth) => ({ ...auth, consulted: [], withheld: [] }),
      ...deps.graphql,
      plugins: [gatewayAuditPlugin(new AuditedWriter(deps.executor, 'gateway'))],
      guard: (scope, authOf) => rateLimitPerUser(scope, authOf, deps.rateLimit),
    },
  );
  const casesUrl = deps.subgraphUrls['cases'];
  if (casesUrl !== undefined) proxyAlertStream(app, { verifier: deps.verifier, casesUrl });
  return app;
}

export function readSupergraph(path: string): string {
  return readFileSync(path, 'utf8');
}
