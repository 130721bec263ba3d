import { randomUUID } from 'node:crypto';
import { assertCan, CrosslinkError, pageSize, toConnection, type Connection, type MutationName, loadByKeys, type RequestScope } from '@crosslink/common';
import type DataLoader from 'dataloader';
import type { Case } from '../case/case.model.js';
import { createOnce, idempotencyOf } from '../shared/idempotency.js';
import { isHubSupervisor, supervises } from '../shared/remit.js';
import { forceCode } from '../shared/validate.js';
import { disclosedTo } from './operation.disclosure.js';
import type { CaseOperation, LeadChange, Operation, OperationForChange } from './operation.model.js';
import type { OperationChange, OperationRepository } from './operation.repository.js';
import { reason, validateNewOperation, type CreateOperationInput } from './operation.validation.js';

/**
 * Operations for one request's principal. Supervisors set them up; the lead force's supervisors,
 * and the hub's, run them. Who may see one is decided in the Cypher (participants and the hub).
 *
 * Joining a case lets every participant see it, so only the case's owning force decides that (or
 * the hub, which coordinates for every force): a force supervisor joins only their own force's
 * cases, and adds a participant only while every case of the operation is their force's (or the
 * new participant's). A case's owner, or whoever runs the operation, may take it out again.
 */
/** At most this many operations are listed for one case (`Case.operations`), the earliest joined. */
export const CASE_OPERATIONS_MAX = 50;

export class OperationService {
  private readonly byId: DataLoader<string, Operation | null>;
  private readonly ofCases: DataLoader<string, readonly CaseOperation[]>;

  constructor(
    private readonly repository: OperationRepository,
    private readonly scope: RequestScope,
  ) {
    this.byId = loadByKeys((ids) => this.repository.byIds(ids, scope.access, scope.meta), null);
    // One query for every case of a page that asks for its operations.
    this.ofCases = loadByKeys((ids) => this.repository.operationsOfCases(ids, CASE_OPERATIONS_MAX, scope.access, scope.meta), []);
  }

  async byIdOrNull(id: string): Promise<Operation | null> {
    assertCan(this.scope.principal, 'operation:read');
    return this.byId.load(id);
  }

  async list(first: number | null | undefined, after: string | null | undefined): Promise<Connection<Operation>> {
    assertCan(this.scope.principal, 'operation:read');
    const size = pageSize(first);
    return this.repository
      .list(after ?? null, size + 1, this.scope.access, this.scope.meta)
      .then((rows) => toConnection(rows, size, (o) => [o.createdAt, o.id]));
  }

  async cases(operationId: string, first: number | null | undefined, after: string | null | undefined): Promise<Connection<Case>> {
    assertCan(this.scope.principal, 'case:read');
    const size = pageSize(first);
    return this.repository
      .cases(operationId, after ?? null, size + 1, this.scope.access, this.scope.meta)
      .then((rows) => toConnection(rows, size, (c) => [c.reference, c.id]));
  }

  /** The operations a case is joined to that the caller may see, oldest join first; none for a case they may not see. */
  async ofCase(caseId: string): Promise<readonly CaseOperation[]> {
    assertCan(this.scope.principal, 'operation:read');
    return this.ofCases.load(caseId);
  }

  async leadHistory(operationId: string, first: number | null | undefined, after: string | null | undefined): Promise<Connection<LeadChange>> {
    assertCan(this.scope.principal, 'operation:read');
    const size = pageSize(first);
    return this.repository
      .leadHistory(operationId, after ?? null, size + 1, this.scope.access, this.scope.meta)
      .then((rows) => toConnection(rows, size, (h) => [h.at, h.id]));
  }

  /** A force supervisor sets up an operation their force leads; a hub supervisor may give the lead to any force. */
  async create(input: CreateOperationInput): Promise<Operation> {
    assertCan(this.scope.principal, 'operation:manage');
    const valid = validateNewOperation(input, this.scope.principal.force);
    if (valid.leadForce !== this.scope.principal.force && !isHubSupervisor(this.scope.principal, this.scope.hubForce)) {
      throw new CrosslinkError('FORBIDDEN', 'Only a hub supervisor sets up an operation led by another force', { field: 'input.leadForce' });
    }
    const visible = await this.repository.caseForces(valid.caseIds, this.scope.access, this.scope.meta);
    const missing = valid.caseIds.findIndex((id) => !visible.has(id));
    if (missing >= 0) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: `input.caseIds.${missing}` });
    valid.caseIds.forEach((id, i) => this.assertOwnerJoins(visible.get(id) as string, `input.caseIds.${i}`));
    this.assertPurposeFor(visible);
    const idempotency = idempotencyOf(this.scope.principal.username, input.idempotencyKey, valid);
    const made = await createOnce(
      idempotency,
      (key) => this.repository.keyed(key, this.scope.meta),
      (id) => this.byIdOrNull(id),
      () =>
        this.repository.create(
          { ...valid, id: randomUUID(), createdBy: this.scope.principal.username },
          this.scope.meta,
          (made) => disclosedTo(made, visible),
          idempotency,
        ),
    );
    this.ofCases.clearAll();
    return made.value;
  }

  async addCase(input: { operationId: string; caseId: string; reason: string }): Promise<Operation> {
    assertCan(this.scope.principal, 'operation:manage');
    const why = reason(input.reason);
    const caseId = input.caseId.trim();
    // The case must be one the supervisor may see; joining it is what extends others' sight of it.
    const visible = await this.repository.caseForces([caseId], this.scope.access, this.scope.meta);
    if (!visible.has(caseId)) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    const owner = visible.get(caseId) as string;
    return this.change(
      'addCaseToOperation',
      input.operationId,
      () => {
        this.assertOwnerJoins(owner, 'input.caseId');
        this.assertPurposeFor(visible);
        return { kind: 'join', caseId, reason: why };
      },
      (changed) => disclosedTo(changed, visible),
    );
  }

  /**
   * A new participant sees every case of the operation: a disclosure to that force, which always
   * needs a purpose and reaches only cases whose owners agreed (see the class comment).
   */
  async addParticipant(input: { operationId: string; force: string; reason: string }): Promise<Operation> {
    assertCan(this.scope.principal, 'operation:manage');
    const force = forceCode(input.force, 'input.force');
    const why = reason(input.reason);
    return this.change(
      'addOperationParticipant',
      input.operationId,
      (current) => {
        const others = current.caseForces.filter((owner) => owner !== this.scope.principal.force && owner !== force);
        if (others.length > 0 && !isHubSupervisor(this.scope.principal, this.scope.hubForce)) {
          throw new CrosslinkError('FORBIDDEN', 'The operation holds other forces’ cases: only the hub adds a participant to it', { field: 'input.force' });
        }
        this.scope.meta.audit.requirePurpose('Letting another force see an operation’s cases');
        return { kind: 'participant', force, reason: why };
      },
      () => [force],
    );
  }

  /**
   * Takes a case out of the operation. The case's own force may withdraw it; so may whoever runs
   * the operation. Recorded on the case (LEFT_OPERATION) and audited as an alteration.
   */
  async removeCase(input: { operationId: string; caseId: string; reason: string }): Promise<Operation> {
    assertCan(this.scope.principal, 'operation:manage');
    const why = reason(input.reason);
    const caseId = input.caseId.trim();
    const visible = await this.repository.caseForces([caseId], this.scope.access, this.scope.meta);
    if (!visible.has(caseId)) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    const owner = visible.get(caseId) as string;
    return this.change(
      'removeCaseFromOperation',
      input.operationId,
      () => {
        this.assertPurposeFor(visible);
        return { kind: 'remove', caseId, reason: why };
      },
      () => [],
      (current) => supervises(this.scope.principal, this.scope.hubForce, owner) || supervises(this.scope.principal, this.scope.hubForce, current.leadForce),
    );
  }

  /** Hands the lead to another force (or the hub); the decision and its reason join the lead history. */
  async transferLead(input: { operationId: string; leadForce: string; reason: string }): Promise<Operation> {
    assertCan(this.scope.principal, 'operation:manage');
    const to = forceCode(input.leadForce, 'input.leadForce');
    const why = reason(input.reason);
    return this.change('transferOperationLead', input.operationId, (current) => {
      if (current.leadForce === to) {
        throw new CrosslinkError('INVALID_TRANSITION', `${to} already leads this operation`, { field: 'input.leadForce', from: current.leadForce, to });
      }
      return { kind: 'lead', to, reason: why };
    });
  }

  /** Only the owning force's supervisors, or the hub's, put a case in an operation. */
  private assertOwnerJoins(owner: string, field: string): void {
    if (owner !== this.scope.principal.force && !isHubSupervisor(this.scope.principal, this.scope.hubForce)) {
      throw new CrosslinkError('FORBIDDEN', 'Only the force that owns a case, or the hub, puts it in an operation', { field });
    }
  }

  /** Joining another force's case to an operation reads that force's data: it needs a purpose. */
  private assertPurposeFor(caseForces: ReadonlyMap<string, string>): void {
    this.scope.meta.audit.assertPurposeFor({ owners: [...caseForces.values()] });
  }

  /** Only supervisors of the current lead force, or of the hub, run an operation (unless `mayRun` says otherwise). */
  private async change(
    mutation: MutationName,
    operationId: string,
    decide: (current: OperationForChange) => OperationChange,
    disclosedTo: (changed: Operation) => readonly string[] = () => [],
    mayRun: (current: OperationForChange) => boolean = (current) => supervises(this.scope.principal, this.scope.hubForce, current.leadForce),
  ): Promise<Operation> {
    const changed = await this.repository.change(
      operationId.trim(),
      this.scope.access,
      this.scope.principal.username,
      (current) => {
        if (!mayRun(current)) {
          throw new CrosslinkError('FORBIDDEN', 'Only a supervisor of the lead force or the hub runs this operation', { field: 'input.operationId' });
        }
        return decide(current);
      },
      this.scope.meta,
      mutation,
      disclosedTo,
    );
    this.byId.clear(changed.id).prime(changed.id, changed);
    // A case joined or taken out lists its operations afresh.
    this.ofCases.clearAll();
    return changed;
  }
}
