import { defineSubgraph } from '@crosslink/common';
import { AccessRepository } from './access/access.repository.js';
import { ActionRepository } from './action/action.repository.js';
import { AlertRepository } from './alert/alert.repository.js';
import { registerAlertStream } from './alert/alert.route.js';
import { AuditRepository } from './audit/audit.repository.js';
import { CaseRepository } from './case/case.repository.js';
import { services, type CasesDeps, type Repositories } from './context.js';
import { EventRepository } from './event/event.repository.js';
import { ExportRepository } from './export/export.repository.js';
import { ForceRepository } from './force/force.repository.js';
import { OfficerRepository } from './officer/officer.repository.js';
import { OperationRepository } from './operation/operation.repository.js';
import { buildSchema } from './schema.js';
import { SharingRepository } from './sharing/sharing.repository.js';
import { WorkloadRepository } from './workload/workload.repository.js';

/** The cases subgraph: forces, cases and their coordination, sharing and access requests, alerts, exports and the audit trail. */
export const buildApp = defineSubgraph<Repositories, ReturnType<typeof services>, CasesDeps>({
  service: 'cases',
  schema: buildSchema,
  repositories: (executor, audited) => ({
    cases: new CaseRepository(executor, audited),
    forces: new ForceRepository(executor),
    audit: new AuditRepository(executor),
    sharing: new SharingRepository(executor, audited),
    access: new AccessRepository(executor, audited),
    alerts: new AlertRepository(executor, audited),
    exports: new ExportRepository(audited),
    // case coordination
    events: new EventRepository(executor, audited),
    operations: new OperationRepository(executor, audited),
    actions: new ActionRepository(executor, audited),
    workload: new WorkloadRepository(executor),
    officers: new OfficerRepository(executor, audited),
  }),
  services,
  // The caller's own officer record is kept as their token describes them (written once, then only
  // when their claims change), so officers are known from the first time they use Crosslink.
  beforeResolving: (ctx) => ctx.officers.remember(),
  routes: (app, repositories, deps) => registerAlertStream(app, { verifier: deps.verifier, repository: repositories.alerts, hubForce: deps.hubForce }),
});
