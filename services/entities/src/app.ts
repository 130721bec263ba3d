import { buildSubgraphApp, type Neo4jExecutor, type TokenVerifier } from '@crosslink/common';
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
  readonly hubForce: string;
  readonly logLevel?: string;
}

export function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  return buildSubgraphApp({
    service: 'entities',
    ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}),
    schema: buildSchema(),
    executor: deps.executor,
    verifier: deps.verifier,
    attestationKey: deps.attestationKey,
    context: createContext(
      {
        people: new PersonRepository(deps.executor),
        objects: new ObjectRepository(deps.executor),
        links: new LinkRepository(deps.executor),
        nrm: new NrmRepository(deps.executor),
        discovery: new DiscoveryRepository(deps.executor),
        history: new HistoryRepository(deps.executor),
        idempotency: new IdempotencyRepository(deps.executor),
      },
      deps.hubForce,
    ),
  });
}
