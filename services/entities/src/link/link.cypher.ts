import {
  caseVisible,
  caseWritable,
  cypher,
  int,
  personInOwnForceCase,
  personVisible,
  type CypherQuery,
  type ViewerParams,
  type WriterParams,
} from '@crosslink/common';
import { assertedInVisibleCase } from '../object/object.visibility.js';
import { personLinkKinds, type NewPersonLink, type PersonLink } from './link.model.js';

const types = personLinkKinds.join('|');

/**
 * A link as both statements return it. `caseForce` is the owning force of the case it was asserted
 * in, so that the case's reference is judged like the case; `foreign` (writes only) says whether the
 * write reached another force's data.
 */
const link = `{kind: type(r), relation: r.relation, outgoing: startNode(r) = p, personId: other.id, caseId: r.caseId, at: toString(r.at), sortKey: sortKey,
  caseForce: caseForce, foreign: foreign}`;

/**
 * Links two people, as asserted in a visible case that records them both and that the viewer may
 * write to (its owning force's, see remit.ts): a link asserted in a case is about people of that
 * case. Linking twice in the same case is a no-op. Linking reads another force's data when the case
 * is theirs or either person is seen only through their cases. No row, and nothing written, when
 * the case is unknown, hidden or another force's, or either person is not in it. The relationship
 * type comes from the allow-list in link.model.ts, never from input.
 */
export function linkPeople(input: NewPersonLink & { recordedBy: string }, viewer: ViewerParams & WriterParams): CypherQuery<{ link: PersonLink }> {
  if (!personLinkKinds.includes(input.kind)) throw new Error(`not a link kind: ${String(input.kind)}`);
  const key = input.kind === 'FAMILY_REL' ? '{caseId: $caseId, relation: $relation}' : '{caseId: $caseId}';
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')} AND ${caseWritable('c')}
     MATCH (p:Person {id: $fromId}) WHERE EXISTS { (p)-[:INVOLVED_IN]->(c) }
     MATCH (other:Person {id: $toId}) WHERE EXISTS { (other)-[:INVOLVED_IN]->(c) }
     WITH c, p, other,
       c.force <> $viewer.force OR NOT ${personInOwnForceCase('p')} OR NOT ${personInOwnForceCase('other')} AS foreign
     MERGE (p)-[r:${input.kind} ${key}]->(other)
       ON CREATE SET r.at = datetime(), r.recordedBy = $recordedBy
     WITH p, other, r, c.force AS caseForce, foreign, type(r) + '|' + other.id + '|' + r.caseId + '|' + coalesce(r.relation, '') AS sortKey
     RETURN ${link} AS link`,
    { ...input, ...viewer },
  );
}

/**
 * One page of each visible person's links to other visible people, asserted in visible cases, in a
 * stable order (kind, other person, case). `limit` is the page size plus one.
 */
export function linksOfPeople(
  requests: readonly { key: string; personId: string; limit: number; after: string | null }[],
  viewer: ViewerParams,
): CypherQuery<{ key: string; rows: PersonLink[] }> {
  return cypher(
    `UNWIND $requests AS req
     MATCH (p:Person {id: req.personId}) WHERE ${personVisible('p')}
     CALL (p, req) {
       OPTIONAL MATCH (p)-[r:${types}]-(other:Person)
       WHERE ${assertedInVisibleCase('r')} AND ${personVisible('other')}
       WITH p, r, other, type(r) + '|' + other.id + '|' + r.caseId + '|' + coalesce(r.relation, '') AS sortKey
       WHERE r IS NOT NULL AND (req.after IS NULL OR sortKey > req.after)
       WITH p, r, other, sortKey, head(COLLECT { MATCH (lc:Case {id: r.caseId}) RETURN lc.force }) AS caseForce, null AS foreign
       ORDER BY sortKey
       RETURN collect(${link}) AS rows
     }
     RETURN req.key AS key, rows[0..req.limit] AS rows`,
    { requests: requests.map((r) => ({ ...r, limit: int(r.limit) })), ...viewer },
  );
}
