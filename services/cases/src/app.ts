import { AuditedWriter, buildSubgraphApp, type GraphQLServing, type Neo4jExecutor, type TokenVerifier } from '@crosslink/common';
import type { FastifyInstance } from 'fastify';
import { AuditRepository } from './audit/audit.repository.js';
import { AlertRepository } from './alert/alert.repository.js';
import { registerAlertStream } from './alert/alert.route.js';
import { AccessRepository } from './access/access.repository.js';
import { SharingRepository } from './sharing/sharing.repository.js';
import { ExportRepository } from './export/export.repository.js';
import { CaseRepository } from './case/case.repository.js';
import { createContext } from './context.js';
import { ForceRepository } from './force/force.repository.js';
import { buildSchema } from './schema.js';
import { ActionRepository } from './action/action.repository.js';
import { EventRepository } from './event/event.repository.js';
import { OperationRepository } from './operation/operation.repository.js';
import { OfficerRepository } from './officer/officer.repository.js';
import { WorkloadRepository } from './workload/workload.repository.js';
import type { RealmDirectory } from './officer/realm-directory.js';

export interface AppDeps {
  readonly executor: Neo4jExecutor;
  readonly verifier: TokenVerifier;
  readonly attestationKey: string;
  /** Limits and introspection; the common defaults when absent. */
  readonly graphql?: GraphQLServing;
  readonly hubForce: string;
  readonly logLevel?: string;
  /** Where officers who have not yet signed in are looked up; none means only recorded officers are known. */
  readonly directory?: RealmDirectory;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  // One writer per process: it holds this service's chain of the audit trail.
  const audited = new AuditedWriter(deps.executor, 'cases');
  const repositories = {
    cases: new CaseRepository(deps.executor, audited),
    forces: new ForceRepository(deps.executor),
    audit: new AuditRepository(deps.executor),
    sharing: new SharingRepository(deps.executor, audited),
    access: new AccessRepository(deps.executor, audited),
    alerts: new AlertRepository(deps.executor, audited),
    exports: new ExportRepository(audited),
    // case coordination
    events: new EventRepository(deps.executor, audited),
    operations: new OperationRepository(deps.executor, audited),
    actions: new ActionRepository(deps.executor, audited),
    workload: new WorkloadRepository(deps.executor),
    officers: new OfficerRepository(deps.executor, audited),
  };
  const app = await buildSubgraphApp({
    service: 'cases',
    ...(deps.logLevel !== undefined ? { logLevel: deps.logLevel } : {}),
    schema: buildSchema(),
    executor: deps.executor,
    trail: audited,
    verifier: deps.verifier,
    attestationKey: deps.attestationKey,
    ...(deps.graphql !== undefined ? { graphql: deps.graphql } : {}),
    context: createContext(repositories, deps.hubForce, deps.directory),
  });
  registerAlertStream(app, { verifier: deps.verifier, repository: repositories.alerts, hubForce: deps.hubForce });
  return app;
}
