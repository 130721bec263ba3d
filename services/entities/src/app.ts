import { AuditedWriter, buildSubgraphApp, type GraphQLServing, type Neo4jExecutor, type TokenVerifier } from '@crosslink/common';
import type { FastifyInstance } from 'fastify';
import { createContext } from './context.js';
import { DiscoveryRepository } from './discovery/discovery.repository.js';
import { HistoryRepository } from './history/history.repository.js';
import { IdempotencyRepository } from './idempotency/idempotency.repository.js';
import { LinkRepository } from './link/link.repository.js';
import { ObjectRepository } from './object/object.repository.js';
import { PersonRepository } from './person/person.repository.js';
import { NrmRepository } from './victim/nrm.repository.js';
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
  const audited = new AuditedWriter(deps.executor, 'entities');
  return buildSubgraphApp({
    service: 'entities',
    ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}),
    schema: buildSchema(),
    executor: deps.executor,
    trail: audited,
    verifier: deps.verifier,
    attestationKey: deps.attestationKey,
    ...(deps.graphql !== undefined ? { graphql: deps.graphql } : {}),
    context: createContext(
      {
        people: new PersonRepository(deps.executor, audited),
        objects: new ObjectRepository(deps.executor, audited),
        links: new LinkRepository(deps.executor, audited),
        nrm: new NrmRepository(deps.executor, audited),
        discovery: new DiscoveryRepository(deps.executor, audited),
        history: new HistoryRepository(deps.executor),
        idempotency: new IdempotencyRepository(deps.executor),
      },
      deps.hubForce,
    ),
  });
}
