import {
  addressShown,
  caseVisible,
  cypher,
  int,
  locationInOwnForceCase,
  objectInOwnForceCase,
  objectVisible,
  personInOwnForceCase,
  personVisible,
  type CypherQuery,
  type ViewerParams,
} from '@crosslink/common';
import type { SearchRow } from './search.model.js';
import type { ExactValues } from './search.query.js';

const noExact: ExactValues = { number: null, vrm: null };

/**
 * Full-text search over people (names and aliases), cases (reference and title) and locations
 * (address and postcode), each index read with the visibility predicate, so a hidden record is
 * never among the hits — nor counted. An alias hit stands for its person. `foreign` when the viewer
 * sees the hit only through other forces' cases: the answer naming it needs a purpose.
 *
 * A location's node holds only its key, and each case's description of it is that case's claim
 * (RECORDED_IN, which carries the postcode too, so that one index answers "High Street M1"). So a
 * location is found by a claim of a case the viewer may see (read through the claim's case), never
 * by a hidden case's words. Each place comes back once, with the text it is shown under
 * (addressShown) and that of each visible claim that matched: the best of them is its score.
 *
 * The index's own scores are not returned: they weigh words by their rarity across every record,
 * hidden ones included. Each hit comes back with the text that matched, and is scored on that
 * alone (search.score.ts). The index yields its best candidates first, so generous candidate limits
 * keep hidden matches from crowding visible ones out of all but the most common searches.
 *
 * A phone or vehicle is found by its whole normalised value (search.query.ts: exactValues), read
 * through its key's unique index and seen through a visible case recording it; those branches are
 * in the statement only when the text is such a value, so a name search reads no more than before.
 */
export function search(query: string, limit: number, viewer: ViewerParams, exact: ExactValues = noExact): CypherQuery<SearchRow> {
  const objects = [
    exact.number === null ? '' : objectBranch('PHONE', 'Phone', 'number'),
    exact.vrm === null ? '' : objectBranch('VEHICLE', 'Vehicle', 'vrm'),
  ].join('');
  const values = { ...(exact.number === null ? {} : { number: exact.number }), ...(exact.vrm === null ? {} : { vrm: exact.vrm }) };
  return cypher(
    `CALL () {
       CALL db.index.fulltext.queryNodes('person_names', $query, {limit: $candidates}) YIELD node
       WITH CASE WHEN node:Alias THEN head([(p:Person)-[:ALSO_KNOWN_AS]->(node) | p]) ELSE node END AS n, node
       WHERE n IS NOT NULL AND ${personVisible('n')}
       RETURN 'PERSON' AS kind, n.id AS id, coalesce(node.forenames, '') + ' ' + coalesce(node.surname, '') AS text, NOT ${personInOwnForceCase('n')} AS foreign
       UNION ALL
       CALL db.index.fulltext.queryNodes('case_text', $query, {limit: $candidates}) YIELD node
       WHERE ${caseVisible('node')}
       RETURN 'CASE' AS kind, node.id AS id, coalesce(node.reference, '') + ' ' + coalesce(node.title, '') AS text, node.force <> $viewer.force AS foreign
       UNION ALL
       CALL db.index.fulltext.queryRelationships('address_claim_text', $query, {limit: $candidates}) YIELD relationship
       WITH relationship, endNode(relationship) AS rc WHERE rc:Case AND ${caseVisible('rc')}
       WITH startNode(relationship) AS l, collect(relationship) AS matched
       WITH l, [${addressShown('l')}] + matched AS claims, NOT ${locationInOwnForceCase('l')} AS foreign
       UNWIND claims AS claim
       RETURN 'LOCATION' AS kind, l.id AS id,
              reduce(t = '', part IN [claim.line1, claim.line2, claim.town, l.postcode] | t + ' ' + coalesce(part, '')) AS text, foreign${objects}
     }
     RETURN kind, id, collect(DISTINCT text) AS texts, foreign`,
    { query, candidates: int(Math.max(limit * 10, 200)), ...values, ...viewer },
  );
}

/** One kind of object by its key, given as the parameter of the same name (`$number`, `$vrm`), when a visible case records it. */
function objectBranch(kind: 'PHONE' | 'VEHICLE', label: 'Phone' | 'Vehicle', key: keyof ExactValues): string {
  return `
       UNION ALL
       MATCH (o:${label} {${key}: $${key}}) WHERE ${objectVisible('o')}
       RETURN '${kind}' AS kind, o.id AS id, o.${key} AS text, NOT ${objectInOwnForceCase('o')} AS foreign`;
}
