import {
  caseVisible,
  cypher,
  int,
  locationInOwnForceCase,
  locationVisible,
  personInOwnForceCase,
  personVisible,
  type CypherQuery,
  type ViewerParams,
} from '@crosslink/common';

/**
 * Full-text search over people (names and aliases), cases (reference and title) and locations
 * (address and postcode), each index read with the visibility predicate, so a hidden record is
 * never among the hits — nor counted. An alias hit stands for its person. `foreign` when the viewer
 * sees the hit only through other forces' cases: the answer naming it needs a purpose.
 *
 * The index's own scores are not returned: they weigh words by their rarity across every record,
 * hidden ones included. Each hit comes back with the text that matched, and is scored on that
 * alone (search.score.ts). The index yields its best candidates first, so generous candidate limits
 * keep hidden matches from crowding visible ones out of all but the most common searches.
 */
export function search(query: string, limit: number, viewer: ViewerParams): CypherQuery {
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
       CALL db.index.fulltext.queryNodes('location_text', $query, {limit: $candidates}) YIELD node
       WHERE ${locationVisible('node')}
       RETURN 'LOCATION' AS kind, node.id AS id,
              reduce(t = '', part IN [node.line1, node.line2, node.town, node.postcode] | t + ' ' + coalesce(part, '')) AS text,
              NOT ${locationInOwnForceCase('node')} AS foreign
     }
     RETURN kind, id, collect(DISTINCT text) AS texts, foreign`,
    { query, candidates: int(Math.max(limit * 10, 200)), ...viewer },
  );
}
