import { caseVisible, cypher, int, type CursorKey, type CypherQuery, type ViewerParams } from '@crosslink/common';
import { caseProjection } from '../case/case.cypher.js';
import { keysetCondition, keysetParams } from '@crosslink/common';
import type { Case } from '../case/case.model.js';
import type { CaseOperation, LeadChange, NewOperation, Operation } from './operation.model.js';
import { operationVisible } from './operation.visibility.js';

/**
 * An operation as the API answers it. `force` is its lead force: an operation is that force's data,
 * so the purpose rule (see isForeignRecord) asks another force's reader for a purpose.
 */
export const operationProjection = (o: string) => `${o} {
  __typename: 'Operation', .id, .name, .reason, .createdBy,
  createdAt: toString(${o}.createdAt),
  leadForce: head([(${o})-[:LED_BY]->(lf:Force) | lf.code]),
  force: head([(${o})-[:LED_BY]->(lf:Force) | lf.code]),
  participants: [(${o})-[:HAS_PARTICIPANT]->(pf:Force) | pf.code]
}`;
const projection = operationProjection('o');

/** The row of every statement that answers with one operation. */
export interface OperationRow {
  readonly operation: Operation;
}

/**
 * The cases to join, as the viewer sees them: one row per visible case. The caller compares the
 * count with the ids asked for, so a case the viewer may not see is never joined.
 */
export function visibleCaseForces(caseIds: readonly string[], viewer: ViewerParams): CypherQuery<{ id: string; force: string }> {
  return cypher(
    `UNWIND $caseIds AS caseId
     MATCH (c:Case {id: caseId}) WHERE ${caseVisible('c')}
     RETURN c.id AS id, c.force AS force`,
    { caseIds, ...viewer },
  );
}

/**
 * Creates the operation led by `leadForce`, joins the cases, makes their forces and the lead
 * participants, and records the first lead decision. No row when the lead force does not exist.
 */
export function insertOperation(input: NewOperation): CypherQuery<OperationRow> {
  return cypher(
    `MATCH (lead:Force {code: $leadForce})
     CREATE (o:Operation {id: $id, name: $name, reason: $reason, createdAt: datetime(), createdBy: $createdBy})
     CREATE (o)-[:LED_BY]->(lead)
     CREATE (o)-[:HAS_PARTICIPANT]->(lead)
     CREATE (o)-[:LEAD_CHANGE]->(:LeadChange {id: randomUUID(), from: null, to: $leadForce, reason: $reason, by: $createdBy, at: datetime()})
     WITH o
     UNWIND $caseIds AS caseId
     MATCH (c:Case {id: caseId})-[:OWNED_BY]->(f:Force)
     MERGE (c)-[j:PART_OF]->(o) ON CREATE SET j.reason = $reason, j.by = $createdBy, j.at = datetime()
     MERGE (o)-[:HAS_PARTICIPANT]->(f)
     WITH DISTINCT o
     RETURN ${projection} AS operation`,
    { ...input, caseIds: [...input.caseIds] },
  );
}

/**
 * Locks a visible operation for a change (by writing to it) and returns it as it is, with the
 * owning forces of all its cases (seen or not: whom a new participant would see is for the owners).
 */
export function lockOperation(id: string, viewer: ViewerParams): CypherQuery<OperationRow & { caseForces: string[] }> {
  return cypher(
    `MATCH (o:Operation {id: $id}) WHERE ${operationVisible('o')}
     SET o._lock = true
     REMOVE o._lock
     RETURN ${projection} AS operation, [(c:Case)-[:PART_OF]->(o) | c.force] AS caseForces`,
    { id, ...viewer },
  );
}

/** Joins a case (who, when and why on the PART_OF relationship); its force becomes a participant. */
export function joinCase(id: string, caseId: string, reason: string, by: string): CypherQuery<OperationRow> {
  return cypher(
    `MATCH (o:Operation {id: $id}), (c:Case {id: $caseId})-[:OWNED_BY]->(f:Force)
     MERGE (c)-[j:PART_OF]->(o) ON CREATE SET j.reason = $reason, j.by = $by, j.at = datetime()
     MERGE (o)-[:HAS_PARTICIPANT]->(f)
     RETURN ${projection} AS operation`,
    { id, caseId, reason, by },
  );
}

/** Makes a force a participant, keeping who added it, when and why; no row when the force does not exist. */
export function addParticipant(id: string, force: string, reason: string, by: string): CypherQuery<OperationRow> {
  return cypher(
    `MATCH (o:Operation {id: $id}), (f:Force {code: $force})
     MERGE (o)-[p:HAS_PARTICIPANT]->(f) ON CREATE SET p.reason = $reason, p.by = $by, p.at = datetime()
     RETURN ${projection} AS operation`,
    { id, force, reason, by },
  );
}

/**
 * Takes a case out of an operation: its PART_OF goes, and a LEFT_OPERATION keeps when and why it
 * had joined and left. No row when the case is not in the operation.
 */
export function removeCase(id: string, caseId: string, reason: string, by: string): CypherQuery<OperationRow> {
  return cypher(
    `MATCH (c:Case {id: $caseId})-[j:PART_OF]->(o:Operation {id: $id})
     CREATE (c)-[:LEFT_OPERATION {joinedBy: j.by, joinedAt: j.at, joinReason: j.reason, reason: $reason, by: $by, at: datetime()}]->(o)
     DELETE j
     RETURN ${projection} AS operation`,
    { id, caseId, reason, by },
  );
}

/** Moves LED_BY to the new lead (who becomes a participant) and records the decision. No row when the force does not exist. */
export function transferLead(id: string, to: string, reason: string, by: string): CypherQuery<OperationRow> {
  return cypher(
    `MATCH (o:Operation {id: $id})-[old:LED_BY]->(previous:Force), (lead:Force {code: $to})
     DELETE old
     CREATE (o)-[:LED_BY]->(lead)
     MERGE (o)-[:HAS_PARTICIPANT]->(lead)
     CREATE (o)-[:LEAD_CHANGE]->(:LeadChange {id: randomUUID(), from: previous.code, to: $to, reason: $reason, by: $by, at: datetime()})
     RETURN ${projection} AS operation`,
    { id, to, reason, by },
  );
}

export function operationsByIds(ids: readonly string[], viewer: ViewerParams): CypherQuery<OperationRow> {
  return cypher(
    `UNWIND $ids AS id
     MATCH (o:Operation {id: id}) WHERE ${operationVisible('o')}
     RETURN ${projection} AS operation`,
    { ids, ...viewer },
  );
}

/** Visible operations, newest first, keyed on (createdAt, id). */
export function listOperations(after: CursorKey | null, limit: number, viewer: ViewerParams): CypherQuery<OperationRow> {
  const conditions = [operationVisible('o')];
  if (after !== null) conditions.push(keysetCondition('o.createdAt', 'o.id', 'DESC', 'datetime'));
  return cypher(
    `MATCH (o:Operation) WHERE ${conditions.join(' AND ')}
     RETURN ${projection} AS operation
     ORDER BY o.createdAt DESC, o.id DESC
     LIMIT $limit`,
    { ...viewer, ...keysetParams(after), limit: int(limit) },
  );
}

/** The operation's cases the viewer may see, by reference. */
export function operationCases(id: string, after: CursorKey | null, limit: number, viewer: ViewerParams): CypherQuery<{ case: Case }> {
  const conditions = [caseVisible('c')];
  if (after !== null) conditions.push(keysetCondition('c.reference', 'c.id', 'ASC', 'string'));
  return cypher(
    `MATCH (o:Operation {id: $id}) WHERE ${operationVisible('o')}
     MATCH (c:Case)-[:PART_OF]->(o) WHERE ${conditions.join(' AND ')}
     RETURN ${caseProjection('c')} AS case
     ORDER BY c.reference, c.id
     LIMIT $limit`,
    { id, ...viewer, ...keysetParams(after), limit: int(limit) },
  );
}

/**
 * The operations each visible case is joined to that the viewer may see, with who joined the case,
 * when and why; per case the first `limit` by join time (then id), oldest first.
 */
export function operationsOfCases(caseIds: readonly string[], limit: number, viewer: ViewerParams): CypherQuery<{ caseId: string; joined: CaseOperation }> {
  return cypher(
    `UNWIND $caseIds AS caseId
     MATCH (c:Case {id: caseId}) WHERE ${caseVisible('c')}
     CALL (c) {
       MATCH (c)-[j:PART_OF]->(o:Operation) WHERE ${operationVisible('o')}
       RETURN j, o ORDER BY j.at, o.id LIMIT $limit
     }
     RETURN c.id AS caseId, {operation: ${projection}, reason: j.reason, joinedBy: j.by, joinedAt: toString(j.at)} AS joined
     ORDER BY caseId, j.at, o.id`,
    { caseIds: [...new Set(caseIds)], ...viewer, limit: int(limit) },
  );
}

/** Lead decisions, oldest first, keyed on (at, id). */
export function leadHistory(id: string, after: CursorKey | null, limit: number, viewer: ViewerParams): CypherQuery<{ change: LeadChange }> {
  const condition = after === null ? '' : `WHERE ${keysetCondition('h.at', 'h.id', 'ASC', 'datetime')}`;
  return cypher(
    `MATCH (o:Operation {id: $id}) WHERE ${operationVisible('o')}
     MATCH (o)-[:LEAD_CHANGE]->(h:LeadChange) ${condition}
     RETURN h { .id, .from, .to, .reason, .by, at: toString(h.at) } AS change
     ORDER BY h.at, h.id
     LIMIT $limit`,
    { id, ...viewer, ...keysetParams(after), limit: int(limit) },
  );
}
