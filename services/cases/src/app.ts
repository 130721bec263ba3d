import { buildSubgraphApp, type Neo4jExecutor, type TokenVerifier } from '@crosslink/common';
import type { FastifyInstance } from 'fastify';
import { CaseRepository } from './case/case.repository.js';
import { createContext } from './context.js';
import { ForceRepository } from './force/force.repository.js';
import { buildSchema } from './schema.js';

export interface AppDeps {
  readonly executor: Neo4jExecutor;
  readonly verifier: TokenVerifier;
  readonly hubForce: string;
  readonly logLevel?: string;
}

export function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const repositories = { cases: new CaseRepository(deps.executor), forces: new ForceRepository(deps.executor) };
  return buildSubgraphApp({
    service: 'cases',
    ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}),
    schema: buildSchema(),
    executor: deps.executor,
    verifier: deps.verifier,
    context: createContext(repositories, deps.hubForce),
  });
}
