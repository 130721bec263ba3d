import {
  caseVisible,
  cypher,
  hitAlertLabels,
  int,
  keysetCondition,
  keysetParams,
  type CursorKey,
  type CypherQuery,
  type ViewerParams,
} from '@crosslink/common';
import type { AccessRequest, AccessRequestStatus } from './access.model.js';

const request = (r: string, c: string) => `${r} {
  .id, .status, .requestedBy, .requestedByName, .requestedByForce, .purpose, .decidedBy, .decisionReason,
  requestedAt: toString(${r}.requestedAt), decidedAt: toString(${r}.decidedAt), caseId: ${c}.id, askedForce: ${c}.force
}`;

/** The row of every statement that answers with one access request. */
export interface RequestRow {
  readonly request: AccessRequest;
}

/**
 * Opens a request for the case behind a hit: the alert raised when `requestedBy` recorded or checked
 * a value a case they may not see holds. Only the officer the hit was given to may use it. No row
 * when there is no such alert of theirs; `visible` says they may see the case already.
 */
export function openRequest(
  input: { id: string; hitId: string; requestedBy: string; requestedByName: string; requestedByForce: string; purpose: string },
  viewer: ViewerParams,
): CypherQuery<{ request: AccessRequest | null; visible: boolean }> {
  return cypher(
    `CALL () {
       ${hitAlertLabels.map((label) => `MATCH (a:${label} {id: $hitId, askedBy: $requestedBy})-[:CONCERNS]->(c:Case) RETURN a, c`).join(' UNION ')}
     }
     WITH a, c, ${caseVisible('c')} AS visible
     OPTIONAL CALL (a, c, visible) {
       WITH a, c WHERE NOT visible
       CREATE (r:AccessRequest {
         id: $id, status: 'PENDING', requestedBy: $requestedBy, requestedByName: $requestedByName,
         requestedByForce: $requestedByForce, purpose: $purpose, requestedAt: datetime()
       })-[:FOR_CASE]->(c)
       CREATE (r)-[:FROM_HIT]->(a)
       RETURN ${request('r', 'c')} AS request
     }
     RETURN request, visible`,
    { ...input, ...viewer },
  );
}

/** A request and its case, locked for a decision; no row when unknown or its case is hidden from the decider. */
export function requestForDecision(requestId: string, viewer: ViewerParams): CypherQuery<RequestRow> {
  return cypher(
    `MATCH (r:AccessRequest {id: $requestId})-[:FOR_CASE]->(c:Case) WHERE ${caseVisible('c')}
     SET r._lock = true REMOVE r._lock
     RETURN ${request('r', 'c')} AS request`,
    { requestId, ...viewer },
  );
}

/** Records the decision on a pending request. */
export function decide(input: { requestId: string; status: AccessRequestStatus; decidedBy: string; reason: string }): CypherQuery<RequestRow> {
  return cypher(
    `MATCH (r:AccessRequest {id: $requestId, status: 'PENDING'})-[:FOR_CASE]->(c:Case)
     SET r.status = $status, r.decidedBy = $decidedBy, r.decidedAt = datetime(), r.decisionReason = $reason
     RETURN ${request('r', 'c')} AS request`,
    input,
  );
}

/** Requests by id the viewer may see: their own, or those on cases of a force they decide for that they may see. */
export function requestsByIds(
  scope: { ids: readonly string[]; username: string; decidesFor: string | null; supervisor: boolean },
  viewer: ViewerParams,
): CypherQuery<RequestRow> {
  return cypher(
    `UNWIND $ids AS id
     MATCH (r:AccessRequest {id: id})-[:FOR_CASE]->(c:Case)
     WHERE r.requestedBy = $username OR ($supervisor AND ($decidesFor IS NULL OR c.force = $decidesFor) AND ${caseVisible('c')})
     RETURN ${request('r', 'c')} AS request`,
    { ...scope, ...viewer },
  );
}

/**
 * Requests the viewer may see, newest first (keyset on requestedAt, id): their own (`mine`), or
 * those on cases of the forces they decide for — their own force's, or any for the hub — and may see.
 */
export function listRequests(
  scope: { mine: boolean; username: string; decidesFor: string | null; status: AccessRequestStatus | null },
  after: CursorKey | null,
  limit: number,
  viewer: ViewerParams,
): CypherQuery<RequestRow> {
  return cypher(
    `MATCH (r:AccessRequest)-[:FOR_CASE]->(c:Case)
     WHERE ($status IS NULL OR r.status = $status)
       AND CASE WHEN $mine THEN r.requestedBy = $username
                ELSE ($decidesFor IS NULL OR c.force = $decidesFor) AND ${caseVisible('c')} END
       AND ($afterKey IS NULL OR ${keysetCondition('r.requestedAt', 'r.id', 'DESC', 'datetime')})
     RETURN ${request('r', 'c')} AS request
     ORDER BY r.requestedAt DESC, r.id DESC
     LIMIT $limit`,
    { ...scope, ...keysetParams(after), limit: int(limit), ...viewer },
  );
}
