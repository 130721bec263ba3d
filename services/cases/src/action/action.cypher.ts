import { caseVisible, cypher, int, type CursorKey, type CypherQuery, type ViewerParams } from '@crosslink/common';
import { operationVisible } from '../operation/operation.visibility.js';
import { keysetCondition, keysetParams } from '@crosslink/common';
import type { ActionStatus } from './action.lifecycle.js';
import type { Action, ActionTarget, NewAction } from './action.model.js';

/** An action is visible when what it was raised on is: its case, or its operation. */
export function actionTargetVisible(t: string): string {
  return `((${t}:Case AND ${caseVisible(t)}) OR (${t}:Operation AND ${operationVisible(t)}))`;
}

const projection = `a {
  __typename: 'Action', .id, .description, .priority, .status, .raisedBy, .allocatedTo, .allocatedForce, .result, .resultedBy, .filedBy,
  dueDate: toString(a.dueDate),
  raisedAt: toString(a.raisedAt),
  allocatedAt: toString(a.allocatedAt),
  completedAt: toString(a.completedAt),
  resultedAt: toString(a.resultedAt),
  filedAt: toString(a.filedAt),
  comments: [(a)-[:HAS_COMMENT]->(cm:ActionComment) | cm { .id, .text, .by, .kind, at: toString(cm.at) }],
  caseId: CASE WHEN t:Case THEN t.id END,
  operationId: CASE WHEN t:Operation THEN t.id END,
  force: CASE WHEN t:Case THEN t.force ELSE head([(t)-[:LED_BY]->(lf:Force) | lf.code]) END
}`;

/** The row of every statement that answers with one action. */
export interface ActionRow {
  readonly action: Action;
}

/** Labels an action may be raised on; the label in the text comes from this list only. */
const targetLabels = { Case: 'Case', Operation: 'Operation' } as const;

/** Creates the action on a visible target; no row when the target is not visible. */
export function insertAction(action: NewAction, viewer: ViewerParams): CypherQuery<ActionRow> {
  const label = targetLabels[action.target.kind];
  return cypher(
    `MATCH (t:${label} {id: $targetId}) WHERE ${actionTargetVisible('t')}
     CREATE (a:Action {
       id: $id, description: $description, priority: $priority, status: 'FOR_ALLOCATION',
       dueDate: CASE WHEN $dueDate IS NULL THEN null ELSE date($dueDate) END,
       raisedAt: datetime(), raisedBy: $raisedBy
     })-[:RAISED_ON]->(t)
     RETURN ${projection} AS action`,
    {
      id: action.id,
      targetId: action.target.id,
      description: action.description,
      priority: action.priority,
      dueDate: action.dueDate,
      raisedBy: action.raisedBy,
      ...viewer,
    },
  );
}

/** Visible actions by id; no row for an id that is unknown or hidden. */
export function actionsByIds(ids: readonly string[], viewer: ViewerParams): CypherQuery<ActionRow> {
  return cypher(
    `UNWIND $ids AS id
     MATCH (a:Action {id: id})-[:RAISED_ON]->(t) WHERE ${actionTargetVisible('t')}
     RETURN ${projection} AS action`,
    { ids, ...viewer },
  );
}

/** The raising target's owning force and participants, to decide who may raise on it. */
export function targetForChange(target: ActionTarget, viewer: ViewerParams): CypherQuery<{ force: string; participants: string[] }> {
  const label = targetLabels[target.kind];
  return cypher(
    `MATCH (t:${label} {id: $targetId}) WHERE ${actionTargetVisible('t')}
     RETURN CASE WHEN t:Case THEN t.force ELSE head([(t)-[:LED_BY]->(lf:Force) | lf.code]) END AS force,
            ${participants('t')} AS participants`,
    { targetId: target.id, ...viewer },
  );
}

/** Forces whose officers may work an action on `t`: the case's force and its operations' participants, or the operation's. */
function participants(t: string): string {
  return `CASE WHEN ${t}:Case
    THEN [${t}.force] + [(${t})-[:PART_OF]->(:Operation)-[:HAS_PARTICIPANT]->(pf:Force) | pf.code]
    ELSE [(${t})-[:HAS_PARTICIPANT]->(pf:Force) | pf.code] END`;
}

/**
 * A visible action with the forces whose officers may be allocated it (no row when it is hidden or
 * there is none); `lock` takes its write lock first, for a change, so concurrent steps apply one
 * after the other.
 */
export function actionWithParticipants(id: string, viewer: ViewerParams, lock = false): CypherQuery<ActionRow & { participants: string[] }> {
  return cypher(
    `MATCH (a:Action {id: $id})-[:RAISED_ON]->(t) WHERE ${actionTargetVisible('t')}
     ${lock ? 'SET a._lock = true REMOVE a._lock' : ''}
     RETURN ${projection} AS action, ${participants('t')} AS participants`,
    { id, ...viewer },
  );
}

/** Reads a visible action for a change, locked (see actionWithParticipants). */
export function lockAction(id: string, viewer: ViewerParams): CypherQuery<ActionRow & { participants: string[] }> {
  return actionWithParticipants(id, viewer, true);
}

export type StepWrite =
  | { readonly step: 'ALLOCATE'; readonly officer: string; readonly force: string; readonly by: string }
  | { readonly step: 'COMPLETE'; readonly result: string }
  | { readonly step: 'RESULT' | 'FILE'; readonly by: string }
  | { readonly step: 'RETURN'; readonly by: string; readonly comment: string };

/**
 * Writes one lifecycle step; each step stamps its own instant. A return reopens the work (its
 * completion and acceptance cleared; the last result stays for the officer to revise) and keeps the
 * supervisor's reason as a comment on the action.
 */
export function applyStep(id: string, status: ActionStatus, write: StepWrite): CypherQuery<ActionRow> {
  const set = {
    ALLOCATE: 'a.allocatedTo = $officer, a.allocatedForce = $force, a.allocatedAt = datetime(), a.allocatedBy = $by',
    COMPLETE: 'a.result = $result, a.completedAt = datetime()',
    RESULT: 'a.resultedBy = $by, a.resultedAt = datetime()',
    RETURN: 'a.completedAt = null, a.resultedBy = null, a.resultedAt = null',
    FILE: 'a.filedBy = $by, a.filedAt = datetime()',
  }[write.step];
  const comment = write.step === 'RETURN' ? `WITH a, t ${createComment('RETURN')}` : '';
  return cypher(
    `MATCH (a:Action {id: $id})-[:RAISED_ON]->(t)
     SET a.status = $status, ${set}
     ${comment}
     RETURN ${projection} AS action`,
    { id, status, officer: null, force: null, result: null, by: null, comment: null, ...write },
  );
}

/** Kinds of comment: a remark, or the reason a supervisor returned the action. */
const commentKinds = { COMMENT: 'COMMENT', RETURN: 'RETURN' } as const;

function createComment(kind: keyof typeof commentKinds): string {
  return `CREATE (a)-[:HAS_COMMENT]->(:ActionComment {id: randomUUID(), text: $comment, by: $by, kind: '${commentKinds[kind]}', at: datetime()})`;
}

/** Adds a comment to a (locked, visible) action, whatever its status. */
export function commentOn(id: string, comment: string, by: string): CypherQuery<ActionRow> {
  return cypher(
    `MATCH (a:Action {id: $id})-[:RAISED_ON]->(t)
     ${createComment('COMMENT')}
     RETURN ${projection} AS action`,
    { id, comment, by },
  );
}

export interface ActionScope {
  readonly target?: ActionTarget;
  readonly status?: ActionStatus;
  readonly allocatedTo?: string;
}

/**
 * A page of actions for each of several visible targets of one kind, oldest raised first and keyed
 * on (raisedAt, id): every target gets its own first `limit` actions after the cursor. An
 * operation's actions are those raised on it and those raised on its cases the viewer may see.
 */
export function actionsOnTargets(
  kind: ActionTarget['kind'],
  targetIds: readonly string[],
  after: CursorKey | null,
  limit: number,
  viewer: ViewerParams,
): CypherQuery<{ targetId: string; action: Action }> {
  const condition = after === null ? '' : `WHERE ${keysetCondition('a.raisedAt', 'a.id', 'ASC', 'datetime')}`;
  // An operation's own actions and those on its visible cases, merged before the page is cut.
  const candidates =
    kind === 'Operation'
      ? `CALL (p) {
           MATCH (a:Action)-[:RAISED_ON]->(p)
           RETURN a, p AS t
           UNION
           MATCH (a:Action)-[:RAISED_ON]->(t:Case)-[:PART_OF]->(p) WHERE ${caseVisible('t')}
           RETURN a, t
         }`
      : 'MATCH (a:Action)-[:RAISED_ON]->(p) WITH a, p AS t';
  return cypher(
    `UNWIND $targetIds AS targetId
     MATCH (p:${targetLabels[kind]} {id: targetId}) WHERE ${actionTargetVisible('p')}
     CALL (p) {
       ${candidates}
       WITH a, t ${condition}
       RETURN a, t ORDER BY a.raisedAt, a.id LIMIT $limit
     }
     RETURN p.id AS targetId, ${projection} AS action
     ORDER BY targetId, a.raisedAt, a.id`,
    { targetIds: [...new Set(targetIds)], ...viewer, ...keysetParams(after), limit: int(limit) },
  );
}

/** Visible actions in the scope, oldest raised first, keyed on (raisedAt, id). */
export function listActions(scope: ActionScope, after: CursorKey | null, limit: number, viewer: ViewerParams): CypherQuery<ActionRow> {
  const conditions = [actionTargetVisible('t')];
  if (scope.target !== undefined) conditions.push(`t:${targetLabels[scope.target.kind]} AND t.id = $targetId`);
  if (scope.status !== undefined) conditions.push('a.status = $status');
  if (scope.allocatedTo !== undefined) conditions.push('a.allocatedTo = $allocatedTo');
  if (after !== null) conditions.push(keysetCondition('a.raisedAt', 'a.id', 'ASC', 'datetime'));
  return cypher(
    `MATCH (a:Action)-[:RAISED_ON]->(t) WHERE ${conditions.join(' AND ')}
     RETURN ${projection} AS action
     ORDER BY a.raisedAt, a.id
     LIMIT $limit`,
    {
      ...viewer,
      targetId: scope.target?.id ?? null,
      status: scope.status ?? null,
      allocatedTo: scope.allocatedTo ?? null,
      ...keysetParams(after),
      limit: int(limit),
    },
  );
}
