import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { TokenVerifier } from '../auth/token-verifier.js';
import type { GraphQLServing } from '../config/config.js';
import { mountGraphQL, type RequestAuth } from '../graphql/mount.js';
import type { Neo4jExecutor } from '../neo4j/executor.js';
import { createServer } from '../server/create-server.js';
import { AttestationCheck, auditPlugin, auditReads, type AuditedContext } from '../audit/read-audit.js';
import { RequestAudit } from '../audit/request-audit.js';
import type { AuditedWriter } from '../audit/audited-writer.js';

export interface SubgraphAppOptions<C extends AuditedContext> {
  readonly service: string;
  readonly logLevel?: string;
  readonly schema: GraphQLSchema;
  readonly executor: Neo4jExecutor;
  /** The service's audited writer, which also writes the consultations of its reads. */
  readonly trail: AuditedWriter;
  readonly verifier: TokenVerifier;
  /** The key the gateway's audit attestations are checked with (see audit/read-audit.ts). */
  readonly attestationKey: string;
  /**
   * Builds the request's context; it must carry `audit`, and pass it in the metadata of writes
   * (see audited-writer.ts). It may be asynchronous (e.g. to keep the caller's own record current before resolving).
   */
  readonly context: (auth: RequestAuth, audit: RequestAudit) => C | Promise<C>;
  /** Limits and introspection (see config.ts `graphqlServing`); defaults as documented there. */
  readonly graphql?: GraphQLServing;
}

/**
 * A subgraph's Fastify app: the common server with GraphQL behind authentication, every request
 * audited. Ready only when Neo4j answers.
 */
export async function buildSubgraphApp<C extends AuditedContext>(options: SubgraphAppOptions<C>): Promise<FastifyInstance> {
  const app = createServer({
    service: options.service,
    ...(options.logLevel !== undefined ? { logLevel: options.logLevel } : {}),
    readiness: () => options.executor.ping(),
  });
  await mountGraphQL(
    app,
    { schema: auditReads(options.schema) },
    {
      verifier: options.verifier,
      context: (auth) => options.context(auth, new RequestAudit(auth.principal, auth.requestId, auth.purpose, options.service)),
      plugins: [auditPlugin(options.trail, new AttestationCheck(options.attestationKey, options.service))],
      ...options.graphql,
    },
  );
  return app;
}
