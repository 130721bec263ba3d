import { AuditedWriter, buildSubgraphApp, type GraphQLServing, type Neo4jExecutor, type TokenVerifier } from '@crosslink/common';
import type { FastifyInstance } from 'fastify';
import { createContext } from './context.js';
import { IntelligenceRepository } from './intelligence/intelligence.repository.js';
import { MatchingRepository } from './matching/matching.repository.js';
import { NetworkRepository } from './network/network.repository.js';
import { SearchRepository } from './search/search.repository.js';
import { buildSchema } from './schema.js';

export interface AppDeps {
  readonly executor: Neo4jExecutor;
  readonly verifier: TokenVerifier;
  readonly attestationKey: string;
  /** Limits and introspection; the common defaults when absent. */
  readonly graphql?: GraphQLServing;
  readonly hubForce: string;
  readonly logLevel?: string;
}

export function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  // One writer per process: it holds this service's chain of the audit trail.
  const audited = new AuditedWriter(deps.executor, 'intel');
  return buildSubgraphApp({
    service: 'intel',
    ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}),
    schema: buildSchema(),
    executor: deps.executor,
    trail: audited,
    verifier: deps.verifier,
    attestationKey: deps.attestationKey,
    ...(deps.graphql !== undefined ? { graphql: deps.graphql } : {}),
    context: createContext(
      {
        intelligence: new IntelligenceRepository(deps.executor, audited),
        search: new SearchRepository(deps.executor),
        network: new NetworkRepository(deps.executor, audited),
        matching: new MatchingRepository(deps.executor, audited),
      },
      deps.hubForce,
    ),
  });
}
