import { buildSubgraphApp, type Neo4jExecutor, type TokenVerifier } from '@crosslink/common';
import type { FastifyInstance } from 'fastify';
import { createContext } from './context.js';
import { IntelligenceRepository } from './intelligence/intelligence.repository.js';
import { NetworkRepository } from './network/network.repository.js';
import { SearchRepository } from './search/search.repository.js';
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
    service: 'intel',
    ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}),
    schema: buildSchema(),
    executor: deps.executor,
    verifier: deps.verifier,
    attestationKey: deps.attestationKey,
    context: createContext({ intelligence: new IntelligenceRepository(deps.executor), search: new SearchRepository(deps.executor), network: new NetworkRepository(deps.executor) }, deps.hubForce),
  });
}
