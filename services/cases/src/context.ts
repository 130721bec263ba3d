import type { Principal, RequestAudit, RequestAuth } from '@crosslink/common';
import type { AuditRepository } from './audit/audit.repository.js';
import { AuditService } from './audit/audit.service.js';
import { CaseService } from './case/case.service.js';
import type { AlertRepository } from './alert/alert.repository.js';
import { AlertService } from './alert/alert.service.js';
import type { AccessRepository } from './access/access.repository.js';
import { AccessService } from './access/access.service.js';
import type { SharingRepository } from './sharing/sharing.repository.js';
import { SharingService } from './sharing/sharing.service.js';
import type { ExportRepository } from './export/export.repository.js';
import { ExportService } from './export/export.service.js';
import type { CaseRepository } from './case/case.repository.js';
import { ForceService } from './force/force.service.js';
import type { ForceRepository } from './force/force.repository.js';
import type { ActionRepository } from './action/action.repository.js';
import { ActionService } from './action/action.service.js';
import type { EventRepository } from './event/event.repository.js';
import { EventService } from './event/event.service.js';
import type { OperationRepository } from './operation/operation.repository.js';
import { OperationService } from './operation/operation.service.js';
import type { OfficerRepository } from './officer/officer.repository.js';
import { OfficerService } from './officer/officer.service.js';
import { noDirectory, type RealmDirectory } from './officer/realm-directory.js';
import type { WorkloadRepository } from './workload/workload.repository.js';
import { WorkloadService } from './workload/workload.service.js';

export interface CasesContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly audit: RequestAudit;
  readonly cases: CaseService;
  readonly forces: ForceService;
  // case coordination
  readonly events: EventService;
  readonly operations: OperationService;
  readonly actions: ActionService;
  readonly workload: WorkloadService;
  readonly officers: OfficerService;
  readonly auditTrail: AuditService;
  readonly sharing: SharingService;
  readonly access: AccessService;
  readonly alerts: AlertService;
  readonly exports: ExportService;
}

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

/**
 * One context per request: services bound to the caller, with fresh batch loaders. The caller's own
 * officer record is brought up to date from their token first (written once, then only when their
 * claims change), so officers are known from the first time they use Crosslink.
 */
export function createContext(repositories: Repositories, hubForce: string, directory: RealmDirectory = noDirectory) {
  return async (auth: RequestAuth, audit: RequestAudit): Promise<CasesContext> => {
    // Writes made with this metadata append their audit event in the same transaction.
    const meta = { requestId: auth.requestId, userId: auth.principal.userId, audit };
    const officers = new OfficerService(repositories.officers, auth.principal, hubForce, meta, directory);
    await officers.remember();
    // Work is given only to officers recorded or known to the realm.
    const officerLookup = (name: string) => officers.knownOrNull(name);
    const cases = new CaseService(repositories.cases, auth.principal, hubForce, meta, officerLookup);
    return {
      principal: auth.principal,
      requestId: auth.requestId,
      audit,
      cases,
      events: new EventService(repositories.events, cases, auth.principal, hubForce, meta),
      operations: new OperationService(repositories.operations, auth.principal, hubForce, meta),
      actions: new ActionService(repositories.actions, auth.principal, hubForce, meta, officerLookup),
      workload: new WorkloadService(repositories.workload, auth.principal, hubForce, meta),
      officers,
      forces: new ForceService(repositories.forces, auth.principal, meta),
      auditTrail: new AuditService(repositories.audit, auth.principal, meta),
      sharing: new SharingService(repositories.sharing, auth.principal, hubForce, meta),
      access: new AccessService(repositories.access, auth.principal, hubForce, meta),
      alerts: new AlertService(repositories.alerts, auth.principal, hubForce, meta),
      exports: new ExportService(repositories.exports, auth.principal, hubForce, meta),
    };
  };
}
