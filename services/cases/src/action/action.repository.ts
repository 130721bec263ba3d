import type { IdempotencyKey, KeyedRecord } from '../shared/idempotency.js';
import { findKeyed, stampKeyed } from '../shared/keyed-records.js';
import {
  CrosslinkError,
  run,
  type AuditedWriter,
  type MutationName,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
  byParent,
} from '@crosslink/common';
import { decodeKeyset } from '@crosslink/common';
import type { ActionStatus } from './action.lifecycle.js';
import type { Action, ActionForChange, ActionTarget, NewAction } from './action.model.js';
import {
  actionsByIds,
  actionsOnTargets,
  applyStep,
  commentOn,
  insertAction,
  listActions,
  actionWithParticipants,
  lockAction,
  targetForChange,
  type ActionScope,
  type StepWrite,
} from './action.cypher.js';

export class ActionRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /**
   * Raises an action in one transaction, after `allow` has accepted the target (its owning force and
   * participants) — so a target changed meanwhile is judged as it is when the action is written.
   */
  raise(
    action: NewAction,
    viewer: ViewerParams,
    allow: (target: { force: string; participants: readonly string[] }) => void,
    meta: RequestMeta,
    idempotency: IdempotencyKey | null = null,
  ): Promise<Action> {
    return this.audited.write(
      meta,
      'raiseAction',
      async (tx) => {
        const [target] = await run(tx, targetForChange(action.target, viewer));
        if (target === undefined) throw targetNotFound(action.target);
        allow({ force: target.force, participants: target.participants });
        const [row] = await run(tx, insertAction(action, viewer));
        if (row === undefined) throw targetNotFound(action.target);
        await stampKeyed(tx, 'Action', action.id, idempotency);
        return row.action;
      },
      audited,
    );
  }

  /** The action an idempotency key raised, if any (see shared/idempotency.ts). */
  keyed(key: string, meta: TxMetadata): Promise<KeyedRecord | null> {
    return findKeyed(this.db, 'Action', key, meta);
  }

  /** A visible action with the forces whose officers may be allocated it; null when there is none or it is hidden. */
  async withParticipants(id: string, viewer: ViewerParams, meta: TxMetadata): Promise<ActionForChange | null> {
    const [row] = await this.db.read(actionWithParticipants(id, viewer), meta);
    return row === undefined ? null : { ...row.action, participants: row.participants };
  }

  /** A visible action by id; null when there is none or it is hidden. */
  async byIds(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Action>> {
    const rows = await this.db.read(actionsByIds(ids, viewer), meta);
    return new Map(rows.map(({ action }) => [action.id, action]));
  }

  /**
   * Moves a visible action one step in one transaction; `decide` refuses (writing nothing) or says
   * what to write. `mutation` is the step the caller takes, for its audit.
   */
  step(
    id: string,
    viewer: ViewerParams,
    decide: (current: ActionForChange) => { status: ActionStatus; write: StepWrite },
    meta: RequestMeta,
    mutation: MutationName,
  ): Promise<Action> {
    return this.audited.write(
      meta,
      mutation,
      async (tx) => {
        const [row] = await run(tx, lockAction(id, viewer));
        if (row === undefined) throw new CrosslinkError('NOT_FOUND', 'No such action, or you may not see it', { field: 'input.actionId' });
        const current: ActionForChange = { ...row.action, participants: row.participants };
        const { status, write } = decide(current);
        const [changed] = await run(tx, applyStep(id, status, write));
        if (changed === undefined) throw new Error('action step returned no row');
        return changed.action;
      },
      audited,
    );
  }

  /** Comments on a visible action in one transaction, after `allow` has accepted the caller against it as it is. */
  comment(id: string, viewer: ViewerParams, allow: (current: ActionForChange) => void, text: string, by: string, meta: RequestMeta): Promise<Action> {
    return this.audited.write(
      meta,
      'commentOnAction',
      async (tx) => {
        const [row] = await run(tx, lockAction(id, viewer));
        if (row === undefined) throw new CrosslinkError('NOT_FOUND', 'No such action, or you may not see it', { field: 'input.actionId' });
        allow({ ...row.action, participants: row.participants });
        const [changed] = await run(tx, commentOn(id, text, by));
        if (changed === undefined) throw new Error('action comment returned no row');
        return changed.action;
      },
      audited,
    );
  }

  /** A page of actions on each visible target of one kind, in one query; a hidden target has none. */
  async onTargets(
    kind: ActionTarget['kind'],
    targetIds: readonly string[],
    after: string | null,
    limit: number,
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<Map<string, Action[]>> {
    const rows = await this.db.read(actionsOnTargets(kind, targetIds, decodeKeyset(after, 'datetime'), limit, viewer), meta);
    return byParent(rows.map(({ targetId, action }) => ({ parentId: targetId, row: action })));
  }

  async list(scope: ActionScope, after: string | null, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<Action[]> {
    const rows = await this.db.read(listActions(scope, decodeKeyset(after, 'datetime'), limit, viewer), meta);
    return rows.map(({ action }) => action);
  }
}

/** A write of an action names it and what it was raised on; another force's action needs a purpose. */
function audited(written: Action) {
  const target = written.caseId !== null ? `Case:${written.caseId}` : `Operation:${String(written.operationId)}`;
  return { records: [`Action:${written.id}`, target], owners: [written.force] };
}

function targetNotFound(target: ActionTarget): CrosslinkError {
  return target.kind === 'Case'
    ? new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' })
    : new CrosslinkError('NOT_FOUND', 'No such operation, or you may not see it', { field: 'input.operationId' });
}
