import type DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import {
  assertCan,
  can,
  CrosslinkError,
  pageSize,
  toConnection,
  type Connection,
  type MutationName,
  loadByKeys,
  childPageLoader,
  type RequestScope,
} from '@crosslink/common';
import { createOnce, idempotencyOf } from '../shared/idempotency.js';
import { isHubSupervisor, supervises } from '../shared/remit.js';
import { username } from '../shared/validate.js';
import { checkActionStep, type ActionStatus, type ActionStep } from './action.lifecycle.js';
import type { OfficerLookup } from '../officer/officer.model.js';
import { realOfficerOf } from '../officer/officer.rules.js';
import type { Action, ActionForChange, ActionTarget } from './action.model.js';
import type { ActionScope, StepWrite } from './action.cypher.js';
import type { ActionRepository } from './action.repository.js';
import { validateComment, validateOfficer, validateRaise, validateResult, type RaiseActionInput } from './action.validation.js';

type Page = [first: number | null | undefined, after: string | null | undefined];

/** The mutation each step of an action's lifecycle is taken by. */
const stepMutations = {
  ALLOCATE: 'allocateAction',
  COMPLETE: 'completeAction',
  RESULT: 'resultAction',
  FILE: 'fileAction',
  RETURN: 'returnAction',
} as const satisfies Record<ActionStep, MutationName>;

/** Actions for one request's principal: who may raise and move them; which exist for them is the Cypher's. */
export class ActionService {
  /** Action pages of the cases and operations one request reads, fetched together per kind. */
  private readonly pages: Record<ActionTarget['kind'], ReturnType<typeof childPageLoader<Action>>>;
  /** Actions by id, one query per batch (an inbox names many). */
  private readonly byId: DataLoader<string, Action | null>;

  constructor(
    private readonly repository: ActionRepository,
    private readonly scope: RequestScope,
    private readonly officers: OfficerLookup,
  ) {
    const { access, meta } = scope;
    const loader = (kind: ActionTarget['kind']) =>
      childPageLoader<Action>((ids, after, limit) => this.repository.onTargets(kind, ids, after, limit, access, meta));
    this.pages = { Case: loader('Case'), Operation: loader('Operation') };
    this.byId = loadByKeys((ids) => this.repository.byIds(ids, access, meta), null);
  }

  /** Officers of the owning or a participating force raise actions; so do hub supervisors. */
  async raise(input: RaiseActionInput): Promise<Action> {
    assertCan(this.scope.principal, 'action:raise');
    const valid = validateRaise(input);
    const action = { ...valid, id: randomUUID(), raisedBy: this.scope.principal.username };
    const idempotency = idempotencyOf(this.scope.principal.username, input.idempotencyKey, valid);
    const { value: raised } = await createOnce(
      idempotency,
      (key) => this.repository.keyed(key, this.scope.meta),
      (id) => this.byId.load(id),
      () =>
        this.repository.raise(
          action,
          this.scope.access,
          (target) => {
            if (!target.participants.includes(this.scope.principal.force) && !isHubSupervisor(this.scope.principal, this.scope.hubForce)) {
              const field = valid.target.kind === 'Case' ? 'input.caseId' : 'input.operationId';
              throw new CrosslinkError('FORBIDDEN', 'Only a participating force raises actions here', { field });
            }
          },
          this.scope.meta,
          idempotency,
        ),
    );
    this.forgetPages();
    return raised;
  }

  /**
   * The forces whose officers the caller may allocate an action to: those taking part in what it was
   * raised on, when the caller may allocate it (a supervisor of its owning force, or of the hub);
   * none when they may not, or may not see it.
   */
  async allocationForces(actionId: string): Promise<readonly string[]> {
    const { principal, hubForce, access, meta } = this.scope;
    if (!can(principal, 'action:allocate')) return [];
    const action = await this.repository.withParticipants(actionId.trim(), access, meta);
    return action !== null && supervises(principal, hubForce, action.force) ? action.participants : [];
  }

  /** A supervisor allocates (or reallocates) the action to a real officer (see realOfficerOf) of a participating force. */
  async allocate(input: { actionId: string; officer: { username: string; force: string } }): Promise<Action> {
    assertCan(this.scope.principal, 'action:allocate');
    const officer = validateOfficer(input.officer);
    const record = await this.officers(officer.username);
    return this.step(input.actionId, 'ALLOCATE', (current) => {
      if (!current.participants.includes(officer.force)) {
        throw new CrosslinkError('VALIDATION_FAILED', `${officer.force} does not take part in what this action was raised on`, {
          field: 'input.officer.force',
        });
      }
      realOfficerOf(record, officer.username, officer.force, 'input.officer.username');
      return { step: 'ALLOCATE', officer: officer.username, force: officer.force, by: this.scope.principal.username };
    });
  }

  /** The allocated officer completes the action with its result. */
  async complete(input: { actionId: string; result: string }): Promise<Action> {
    assertCan(this.scope.principal, 'action:complete');
    const result = validateResult(input.result);
    return this.step(input.actionId, 'COMPLETE', () => ({ step: 'COMPLETE', result }));
  }

  /** A supervisor accepts the result. */
  async markResulted(input: { actionId: string }): Promise<Action> {
    assertCan(this.scope.principal, 'action:review');
    return this.step(input.actionId, 'RESULT', () => ({ step: 'RESULT', by: this.scope.principal.username }));
  }

  /**
   * A supervisor sends a completed (or resulted, not yet filed) action back to its officer, saying
   * why: it is ALLOCATED to them again, and the reason is kept among its comments.
   */
  async sendBack(input: { actionId: string; comment: string }): Promise<Action> {
    assertCan(this.scope.principal, 'action:review');
    const comment = validateComment(input.comment, 'input.comment');
    return this.step(input.actionId, 'RETURN', () => ({ step: 'RETURN', by: this.scope.principal.username, comment }));
  }

  /** Supervisors of the owning force (or the hub) and the officer it is allocated to comment on an action, whatever its status. */
  async comment(input: { actionId: string; text: string }): Promise<Action> {
    assertCan(this.scope.principal, 'action:comment');
    const text = validateComment(input.text, 'input.text');
    const commented = await this.repository.comment(
      input.actionId.trim(),
      this.scope.access,
      (current) => {
        const isAllocatedOfficer = current.allocatedTo === this.scope.principal.username && current.allocatedForce === this.scope.principal.force;
        if (!isAllocatedOfficer && !supervises(this.scope.principal, this.scope.hubForce, current.force)) {
          throw new CrosslinkError(
            'FORBIDDEN',
            'Only a supervisor of the owning force or the hub, or the officer it is allocated to, comments on this action',
            { field: 'input.actionId' },
          );
        }
      },
      text,
      this.scope.principal.username,
      this.scope.meta,
    );
    this.forgetPages();
    return commented;
  }

  async file(input: { actionId: string }): Promise<Action> {
    assertCan(this.scope.principal, 'action:review');
    return this.step(input.actionId, 'FILE', () => ({ step: 'FILE', by: this.scope.principal.username }));
  }

  /** A visible action, or null. */
  byIdOrNull(id: string): Promise<Action | null> {
    assertCan(this.scope.principal, 'action:read');
    return this.byId.load(id);
  }

  async on(target: ActionTarget, first: number | null | undefined, after: string | null | undefined): Promise<Connection<Action>> {
    assertCan(this.scope.principal, 'action:read');
    const size = pageSize(first);
    const rows = await this.pages[target.kind].load({ parentId: target.id, after: after ?? null, limit: size + 1 });
    return toConnection(rows, size, (a) => [a.raisedAt, a.id]);
  }

  async unallocated(...page: Page): Promise<Connection<Action>> {
    return this.list({ status: 'FOR_ALLOCATION' }, ...page);
  }

  /** An officer's own actions; a supervisor may look at anyone's. */
  async allocatedTo(officer: string, status: ActionStatus | null | undefined, ...page: Page): Promise<Connection<Action>> {
    const name = username(officer, 'officer');
    if (name !== this.scope.principal.username) assertCan(this.scope.principal, 'workload:read');
    return this.list({ allocatedTo: name, ...(status ? { status } : {}) }, ...page);
  }

  private async list(scope: ActionScope, first: number | null | undefined, after: string | null | undefined): Promise<Connection<Action>> {
    assertCan(this.scope.principal, 'action:read');
    const size = pageSize(first);
    return this.repository
      .list(scope, after ?? null, size + 1, this.scope.access, this.scope.meta)
      .then((rows) => toConnection(rows, size, (a) => [a.raisedAt, a.id]));
  }

  private async step(actionId: string, step: ActionStep, write: (current: ActionForChange) => StepWrite): Promise<Action> {
    const changed = await this.repository.step(
      actionId.trim(),
      this.scope.access,
      (current) => {
        const status = checkActionStep(current.status, step, {
          supervisesOwner: supervises(this.scope.principal, this.scope.hubForce, current.force),
          isAllocatedOfficer: current.allocatedTo === this.scope.principal.username && current.allocatedForce === this.scope.principal.force,
        });
        return { status, write: write(current) };
      },
      this.scope.meta,
      stepMutations[step],
    );
    this.forgetPages();
    return changed;
  }

  /** A write in this request makes the pages it already read stale. */
  private forgetPages(): void {
    this.pages.Case.clearAll();
    this.pages.Operation.clearAll();
  }
}
