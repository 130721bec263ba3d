import type { RequestScope, SubgraphContext } from '@crosslink/common';
import type { AccessRepository } from './access/access.repository.js';
import { AccessService } from './access/access.service.js';
import type { ActionRepository } from './action/action.repository.js';
import { ActionService } from './action/action.service.js';
import type { AlertRepository } from './alert/alert.repository.js';
import { AlertService } from './alert/alert.service.js';
import type { AuditRepository } from './audit/audit.repository.js';
import { AuditService } from './audit/audit.service.js';
import type { CaseRepository } from './case/case.repository.js';
import { CaseService } from './case/case.service.js';
import type { EventRepository } from './event/event.repository.js';
import { EventService } from './event/event.service.js';
import type { ExportRepository } from './export/export.repository.js';
import { ExportService } from './export/export.service.js';
import type { ForceRepository } from './force/force.repository.js';
import { ForceService } from './force/force.service.js';
import type { OfficerRepository } from './officer/officer.repository.js';
import type { AllocationForces, OfficerLookup } from './officer/officer.model.js';
import { OfficerService } from './officer/officer.service.js';
import { noDirectory, type RealmDirectory } from './officer/realm-directory.js';
import type { OperationRepository } from './operation/operation.repository.js';
import { OperationService } from './operation/operation.service.js';
import type { SharingRepository } from './sharing/sharing.repository.js';
import { SharingService } from './sharing/sharing.service.js';
import type { WorkloadRepository } from './workload/workload.repository.js';
import { WorkloadService } from './workload/workload.service.js';

export interface Repositories {
  readonly cases: CaseRepository;
  readonly forces: ForceRepository;
  // case coordination
  readonly events: EventRepository;
  readonly operations: OperationRepository;
  readonly actions: ActionRepository;
  readonly workload: WorkloadRepository;
  readonly officers: OfficerRepository;
  readonly audit: AuditRepository;
  readonly sharing: SharingRepository;
  readonly access: AccessRepository;
  readonly alerts: AlertRepository;
  readonly exports: ExportRepository;
}

/** What the cases process is given beside every subgraph's dependencies. */
export interface CasesDeps {
  /** Where officers who have not yet signed in are looked up; none means only recorded officers are known. */
  readonly directory?: RealmDirectory;
}

/** The request's services, bound to the caller's scope, with fresh batch loaders. */
export function services(repositories: Repositories, scope: RequestScope, deps: CasesDeps) {
  // A supervisor lists another force's officers only to allocate them an action that force takes part in.
  const allocationForces: AllocationForces = (actionId) => actions.allocationForces(actionId);
  const officers = new OfficerService(repositories.officers, scope, deps.directory ?? noDirectory, allocationForces);
  // Work is given only to officers recorded or known to the realm.
  const officerLookup: OfficerLookup = (name) => officers.knownOrNull(name);
  const actions = new ActionService(repositories.actions, scope, officerLookup);
  const cases = new CaseService(repositories.cases, scope, officerLookup);
  return {
    cases,
    forces: new ForceService(repositories.forces, scope),
    // case coordination
    events: new EventService(repositories.events, scope, cases),
    operations: new OperationService(repositories.operations, scope),
    actions,
    workload: new WorkloadService(repositories.workload, scope),
    officers,
    auditTrail: new AuditService(repositories.audit, scope),
    sharing: new SharingService(repositories.sharing, scope),
    // Not `access`: the scope's access is the caller's $viewer and $writer.
    accessRequests: new AccessService(repositories.access, scope),
    alerts: new AlertService(repositories.alerts, scope),
    exports: new ExportService(repositories.exports, scope),
  };
}

export type CasesContext = SubgraphContext<ReturnType<typeof services>>;
