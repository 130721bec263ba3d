import { buildSubgraphApp, type GraphQLServing, type Neo4jExecutor, type TokenVerifier } from '@crosslink/common';
import type { FastifyInstance } from 'fastify';
import { createContext } from './context.js';
import { DiscoveryRepository } from './discovery/discovery.repository.js';
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
  return buildSubgraphApp({
    service: 'entities',
    ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}),
    schema: buildSchema(),
    executor: deps.executor,
    verifier: deps.verifier,
    attestationKey: deps.attestationKey,
    ...(deps.graphql !== undefined ? { graphql: deps.graphql } : {}),
    context: createContext(
      {
        people: new PersonRepository(deps.executor),
        objects: new ObjectRepository(deps.executor),
        links: new LinkRepository(deps.executor),
        nrm: new NrmRepository(deps.executor),
        discovery: new DiscoveryRepository(deps.executor),
      },
      deps.hubForce,
    ),
  });
}
