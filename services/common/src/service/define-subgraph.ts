import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { TokenVerifier } from '../auth/token-verifier.js';
import { AuditedWriter } from '../audit/audited-writer.js';
import { AttestationCheck, auditPlugin, auditReads } from '../audit/read-audit.js';
import { RequestAudit } from '../audit/request-audit.js';
import type { GraphQLServing } from '../config/config.js';
import { mountGraphQL } from '../graphql/mount.js';
import type { Neo4jExecutor } from '../neo4j/executor.js';
import { createServer } from '../server/create-server.js';
import { requestScope, type RequestScope } from './request-scope.js';

/** What every subgraph process is built from; a subgraph may ask for more (`Extra`). */
export interface SubgraphDeps {
  readonly executor: Neo4jExecutor;
  readonly verifier: TokenVerifier;
  /** The key the gateway's audit attestations are checked with (see audit/read-audit.ts). */
  readonly attestationKey: string;
  /** Limits and introspection; the common defaults when absent. */
  readonly graphql?: GraphQLServing;
  readonly hubForce: string;
  readonly logLevel?: string;
}

/** A request's context: its scope and the subgraph's services bound to it. */
export type SubgraphContext<Services extends ScopeSafe> = RequestScope & Services;

/**
 * A subgraph, declared once: its schema, its repositories (built once per process, on the
 * service's audited writer) and its services (built per request, bound to the caller's scope).
 */
/** A request's services may not shadow its scope: a service named `access` would hide `$viewer`. */
export type ScopeSafe = Record<string, unknown> & { readonly [K in keyof RequestScope]?: never };

export interface SubgraphDefinition<Repositories, Services extends ScopeSafe, Extra> {
  /** Names the process, its chain of the audit trail and its transactions. */
  readonly service: string;
  readonly schema: () => GraphQLSchema;
  readonly repositories: (executor: Neo4jExecutor, audited: AuditedWriter) => Repositories;
  readonly services: (repositories: Repositories, scope: RequestScope, deps: SubgraphDeps & Extra) => Services;
  /**
   * Work for each request whose operation is valid, before any resolver runs (the cases service
   * keeps the caller's own officer record current here). Never runs for a request that fails to parse or validate.
   */
  readonly beforeResolving?: (context: SubgraphContext<Services>) => Promise<void>;
  /** Routes served beside `/graphql`. */
  readonly routes?: (app: FastifyInstance, repositories: Repositories, deps: SubgraphDeps & Extra) => void;
}

/**
 * The Fastify app of a subgraph: the common server with GraphQL behind authentication, every
 * read screened and audited (read-audit.ts), each request's services bound to its scope. Ready
 * only when Neo4j answers.
 */
export function defineSubgraph<Repositories, Services extends ScopeSafe, Extra = object>(
  definition: SubgraphDefinition<Repositories, Services, Extra>,
): (deps: SubgraphDeps & Extra) => Promise<FastifyInstance> {
  return async (deps) => {
    // One writer per process: it holds this service's chain of the audit trail.
    const audited = new AuditedWriter(deps.executor, definition.service);
    const repositories = definition.repositories(deps.executor, audited);
    const app = createServer({
      service: definition.service,
      ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}),
      readiness: () => deps.executor.ping(),
    });
    const plugins: ApolloServerPlugin<SubgraphContext<Services>>[] = [auditPlugin(audited, new AttestationCheck(deps.attestationKey, definition.service))];
    const before = definition.beforeResolving;
    if (before !== undefined) plugins.push({ requestDidStart: async () => ({ didResolveOperation: ({ contextValue }) => before(contextValue) }) });
    await mountGraphQL<SubgraphContext<Services>>(
      app,
      { schema: auditReads(definition.schema()) },
      {
        verifier: deps.verifier,
        context: (auth) => {
          const scope = requestScope(auth, new RequestAudit(auth.principal, auth.requestId, auth.purpose, definition.service), deps.hubForce);
          return { ...scope, ...definition.services(repositories, scope, deps) };
        },
        plugins,
        ...deps.graphql,
      },
    );
    definition.routes?.(app, repositories, deps);
    return app;
  };
}
