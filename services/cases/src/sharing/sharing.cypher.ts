import { caseVisible, cypher, type CypherQuery, type ViewerParams } from '@crosslink/common';

/** A case the viewer may see and may share: their own force's, or any case for the hub. */
const shareable = `${caseVisible('c')} AND (c.force = $viewer.force OR $viewer.crossForce)`;

/** A force a case is shared with, and who shared it, when and why. */
export interface CaseShare {
  readonly force: string;
  readonly reason: string;
  readonly sharedBy: string;
  readonly sharedAt: string;
}

/** The case a share or revocation changed, and its owning force. */
export interface SharedCaseRow {
  readonly case: { readonly id: string; readonly force: string };
}

/**
 * Shares a case with a force, recording who, when and why, and keeping the event in the case's share
 * history. The row names the case and its owning force, for the audit: a hub supervisor sharing a
 * force's case states a purpose.
 * No row when the case is unknown, hidden or not the viewer's to share, or the force is unknown.
 */
export function shareCase(input: { caseId: string; force: string; reason: string; by: string }, viewer: ViewerParams): CypherQuery<SharedCaseRow> {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${shareable}
     MATCH (f:Force {code: $force})
     MERGE (c)-[s:SHARED_WITH]->(f)
     SET s.reason = $reason, s.by = $by, s.at = datetime()
     CREATE (c)-[:HAS_SHARE_EVENT]->(:CaseShareEvent {kind: 'SHARED', force: $force, reason: $reason, by: $by, at: datetime()})
     RETURN c { .id, .force } AS case`,
    { ...input, ...viewer },
  );
}

export function revokeShare(input: { caseId: string; force: string; reason: string; by: string }, viewer: ViewerParams): CypherQuery<SharedCaseRow> {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${shareable}
     MATCH (c)-[s:SHARED_WITH]->(:Force {code: $force})
     DELETE s
     CREATE (c)-[:HAS_SHARE_EVENT]->(:CaseShareEvent {kind: 'REVOKED', force: $force, reason: $reason, by: $by, at: datetime()})
     RETURN c { .id, .force } AS case`,
    { ...input, ...viewer },
  );
}

/** Current shares of visible cases, per case id. */
export function sharesOf(caseIds: readonly string[], viewer: ViewerParams): CypherQuery<{ caseId: string; shares: CaseShare[] }> {
  return cypher(
    `UNWIND $caseIds AS caseId
     MATCH (c:Case {id: caseId}) WHERE ${caseVisible('c')}
     MATCH (c)-[s:SHARED_WITH]->(f:Force)
     RETURN caseId, collect({force: f.code, reason: s.reason, sharedBy: s.by, sharedAt: toString(s.at)}) AS shares`,
    { caseIds, ...viewer },
  );
}
