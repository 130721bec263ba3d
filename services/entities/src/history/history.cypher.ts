import { caseVisible, cypher, int, personVisible, type CypherQuery, type ViewerParams } from '@crosslink/common';
import { historyLabels, type HistoryOwner, type RecordChange } from './history.model.js';

/** A page request for one record's history: `limit` is the page size plus one; `after*` the cursor. */
export interface HistoryRequest {
  readonly key: string;
  readonly ownerId: string;
  readonly limit: number;
  readonly afterAt: string | null;
  readonly afterId: string | null;
}

const visible: Record<HistoryOwner, (v: string) => string> = {
  Person: (v) => personVisible(v),
  NrmReferral: (v) => `EXISTS { MATCH (${v})-[:REFERRED_IN]->(hc:Case) WHERE ${caseVisible('hc')} }`,
};

/**
 * Appends a change's entries to a record's history, in the transaction that makes the change: each
 * `{id, field, from, to}` of `$entries`, stamped with the same instant, author and reason. Meant to
 * follow a statement part that bound `ownerVar`.
 */
export function appendHistory(owner: HistoryOwner, ownerVar: string): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(ownerVar)) throw new Error(`not a Cypher variable: ${ownerVar}`);
  return `FOREACH (entry IN $entries |
       CREATE (${ownerVar})-[:HAS_CHANGE]->(:${historyLabels[owner]} {
         id: entry.id, at: datetime(), by: $changedBy, field: entry.field, from: entry.from, to: entry.to, reason: $changeReason
       }))`;
}

/**
 * One page of each visible record's history, oldest first (then by id, which keeps the entries of
 * one change in their order). A hidden or unknown record has no row.
 */
export function historyPages(
  owner: HistoryOwner,
  requests: readonly HistoryRequest[],
  viewer: ViewerParams,
): CypherQuery<{ key: string; rows: RecordChange[] }> {
  return cypher(
    `UNWIND $requests AS req
     MATCH (o:${owner} {id: req.ownerId}) WHERE ${visible[owner]('o')}
     CALL (o, req) {
       OPTIONAL MATCH (o)-[:HAS_CHANGE]->(ch:${historyLabels[owner]})
       WHERE req.afterAt IS NULL OR ch.at > datetime(req.afterAt) OR (ch.at = datetime(req.afterAt) AND ch.id > req.afterId)
       WITH ch ORDER BY ch.at, ch.id
       RETURN collect(CASE WHEN ch IS NULL THEN null ELSE ch { .id, .by, .field, .from, .to, .reason, at: toString(ch.at) } END) AS rows
     }
     RETURN req.key AS key, rows[0..req.limit] AS rows`,
    { requests: requests.map((r) => ({ ...r, limit: int(r.limit) })), ...viewer },
  );
}
