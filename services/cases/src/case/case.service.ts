import { randomUUID } from 'node:crypto';
import {
  assertCan,
  clearanceReaches,
  CrosslinkError,
  pageSize,
  toConnection,
  type Connection,
  type MutationName,
  loadByKeys,
  childPageLoader,
  type RequestScope,
} from '@crosslink/common';
import type DataLoader from 'dataloader';
import { createOnce, idempotencyOf } from '../shared/idempotency.js';
import { isHubSupervisor, supervises, worksFor } from '../shared/remit.js';
import { optionalText, REASON_MAX, username } from '../shared/validate.js';
import type { OfficerLookup } from '../officer/officer.model.js';
import { realOfficerOf } from '../officer/officer.rules.js';
import type { Case, CaseChange, CaseFilter, CaseStatus } from './case.model.js';
import { planOfficerInCharge, planStatusChange, planUpdate } from './case.plan.js';
import type { CaseRepository } from './case.repository.js';
import { isSupervisorDecision } from './case.status.js';
import { validateCaseFilter, type CaseFilterInput } from './case-filter.validation.js';
import { validateCaseUpdate, validateNewCase, type CreateCaseInput, type UpdateCaseInput } from './case.validation.js';

/**
 * Case use cases for one request's principal. Asserts what the role may do; which cases it may see
 * is decided in the repository's Cypher. Lookups by id or reference, and the history pages of the
 * cases a request lists, are batched per request.
 */
export class CaseService {
  private readonly byId: DataLoader<string, Case | null>;
  private readonly byReference: DataLoader<string, Case | null>;
  private readonly histories: ReturnType<typeof childPageLoader<CaseChange>>;

  constructor(
    private readonly repository: CaseRepository,
    private readonly scope: RequestScope,
    private readonly officers: OfficerLookup,
  ) {
    const { access, meta } = scope;
    this.byId = loadByKeys((ids) => this.repository.byIds(ids, access, meta), null);
    this.byReference = loadByKeys((refs) => this.repository.byReferences(refs, access, meta), null);
    this.histories = childPageLoader((caseIds, after, limit) => this.repository.histories(caseIds, after, limit, access, meta));
  }

  async byIdOrNull(id: string): Promise<Case | null> {
    assertCan(this.scope.principal, 'case:read');
    return this.byId.load(id);
  }

  /** A case the caller has just changed, and so sees: CASE_NOT_FOUND should they not. */
  async changed(id: string): Promise<Case> {
    const found = await this.byIdOrNull(id);
    if (found === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    return found;
  }

  async byReferenceOrNull(reference: string): Promise<Case | null> {
    assertCan(this.scope.principal, 'case:read');
    return this.byReference.load(reference.trim().toUpperCase());
  }

  async list(filter: CaseFilterInput, first: number | null | undefined, after: string | null | undefined): Promise<Connection<Case>> {
    assertCan(this.scope.principal, 'case:read');
    const size = pageSize(first);
    const valid: CaseFilter = validateCaseFilter(filter);
    return this.repository
      .list(valid, after ?? null, size + 1, this.scope.access, this.scope.meta)
      .then((rows) => toConnection(rows, size, (c) => [c.createdAt, c.id]));
  }

  async history(caseId: string, first: number | null | undefined, after: string | null | undefined): Promise<Connection<CaseChange>> {
    assertCan(this.scope.principal, 'case:read');
    const size = pageSize(first);
    const rows = await this.histories.load({ parentId: caseId, after: after ?? null, limit: size + 1 });
    return toConnection(rows, size, (h) => [h.at, h.id]);
  }

  /** Opens a case in the creator's force; only hub supervisors may open one for another force. */
  async create(input: CreateCaseInput): Promise<Case> {
    return (await this.open(input)).case;
  }

  /** Opens a case; with an idempotency key, a retry returns the case the first attempt opened (`replayed`). */
  async open(input: CreateCaseInput): Promise<{ readonly case: Case; readonly replayed: boolean }> {
    assertCan(this.scope.principal, 'case:create');
    const valid = validateNewCase(input, this.scope.principal.force, this.scope.principal.username);
    if (valid.force !== this.scope.principal.force && !isHubSupervisor(this.scope.principal, this.scope.hubForce)) {
      throw new CrosslinkError('FORBIDDEN', 'You may open cases only for your own force', { field: 'input.force' });
    }
    this.assertHandling(valid.classification, valid.caveats);
    const idempotency = idempotencyOf(this.scope.principal.username, input.idempotencyKey, valid);
    const { value, replayed } = await createOnce(
      idempotency,
      (key) => this.repository.keyed(key, this.scope.meta),
      (id) => this.byIdOrNull(id),
      () => this.repository.create({ ...valid, id: randomUUID(), createdBy: this.scope.principal.username }, new Date(), this.scope.meta, idempotency),
    );
    return { case: value, replayed };
  }

  /** Moves a case along its lifecycle; closing and reopening are supervisors' decisions. */
  async changeStatus(input: { caseId: string; status: CaseStatus; reason?: string | null }): Promise<Case> {
    assertCan(this.scope.principal, 'case:update');
    const reason = optionalText(input.reason, 'input.reason', REASON_MAX);
    return this.change('changeCaseStatus', input.caseId, (current) => {
      this.assertWorksFor(current);
      if (isSupervisorDecision(current.status, input.status)) assertCan(this.scope.principal, 'case:close');
      return planStatusChange(current, input.status, reason);
    });
  }

  async update(input: UpdateCaseInput): Promise<Case> {
    assertCan(this.scope.principal, 'case:update');
    const update = validateCaseUpdate(input);
    const reason = optionalText(input.reason, 'input.reason', REASON_MAX);
    this.assertHandling(update.classification, update.caveats);
    return this.change('updateCase', input.caseId, (current) => {
      this.assertWorksFor(current);
      return planUpdate(current, update, reason);
    });
  }

  /**
   * Hands the case to another officer of its force; a supervisor of the owning force, or of the hub,
   * decides. The officer must be a real one (see realOfficerOf).
   */
  async assignOfficerInCharge(input: { caseId: string; officer: string; reason?: string | null }): Promise<Case> {
    assertCan(this.scope.principal, 'case:assign');
    const officer = username(input.officer, 'input.officer');
    const reason = optionalText(input.reason, 'input.reason', REASON_MAX);
    const record = await this.officers(officer);
    return this.change('assignOfficerInCharge', input.caseId, (current) => {
      if (!supervises(this.scope.principal, this.scope.hubForce, current.force)) {
        throw new CrosslinkError('FORBIDDEN', 'Only a supervisor of the owning force or the hub assigns its cases', { field: 'input.caseId' });
      }
      realOfficerOf(record, officer, current.force, 'input.officer');
      return planOfficerInCharge(current, officer, reason);
    });
  }

  private async change(mutation: MutationName, caseId: string, plan: Parameters<CaseRepository['change']>[3]): Promise<Case> {
    const changed = await this.repository.change(caseId, this.scope.access, this.scope.principal.username, plan, this.scope.meta, mutation);
    this.byId.clear(changed.id).prime(changed.id, changed);
    this.byReference.clear(changed.reference).prime(changed.reference, changed);
    this.histories.clearAll();
    return changed;
  }

  /** Seeing a case (a hub analyst sees every force's) is not the right to change it. */
  private assertWorksFor(current: Case): void {
    if (!worksFor(this.scope.principal, this.scope.hubForce, current.force)) {
      throw new CrosslinkError('FORBIDDEN', 'Only the owning force or a hub supervisor changes a case', { field: 'input.caseId' });
    }
  }

  /**
   * Nobody marks a case above their own clearance, or with a caveat they do not hold: they would
   * lose sight of it at once, and could hide it from everyone who works it.
   */
  private assertHandling(classification: Case['classification'] | undefined, caveats: readonly string[] | undefined): void {
    if (classification !== undefined && !clearanceReaches(this.scope.principal.clearance, classification)) {
      throw new CrosslinkError('FORBIDDEN', 'You may not classify a case above your own clearance', { field: 'input.classification' });
    }
    const unheld = (caveats ?? []).filter((caveat) => !this.scope.principal.caveats.has(caveat));
    if (unheld.length > 0) {
      throw new CrosslinkError('FORBIDDEN', `You do not hold the caveats ${unheld.join(', ')}`, { field: 'input.caveats' });
    }
  }
}
