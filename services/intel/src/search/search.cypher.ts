import { caseVisible, cypher, int, locationInOwnForceCase, locationVisible, personInOwnForceCase, personVisible, type CypherQuery, type ViewerParams } from '@crosslink/common';

/**
 * Full-text search over people (names and aliases), cases (reference and title) and locations
 * (address and postcode), each index read with the visibility predicate, so a hidden record is
 * never among the hits — nor counted. An alias hit stands for its person. `foreign` when the viewer
 * sees the hit only through other forces' cases: the answer naming it needs a purpose.
 */
export function search(query: string, limit: number, viewer: ViewerParams): CypherQuery {
  return cypher(
    `CALL () {
       CALL db.index.fulltext.queryNodes('person_names', $query, {limit: $candidates}) YIELD node, score
       WITH CASE WHEN node:Alias THEN head([(p:Person)-[:ALSO_KNOWN_AS]->(node) | p]) ELSE node END AS n, score
       WHERE n IS NOT NULL AND ${personVisible('n')}
       RETURN 'PERSON' AS kind, n.id AS id, score, NOT ${personInOwnForceCase('n')} AS foreign
       UNION ALL
       CALL db.index.fulltext.queryNodes('case_text', $query, {limit: $candidates}) YIELD node, score
       WHERE ${caseVisible('node')}
       RETURN 'CASE' AS kind, node.id AS id, score, node.force <> $viewer.force AS foreign
       UNION ALL
       CALL db.index.fulltext.queryNodes('location_text', $query, {limit: $candidates}) YIELD node, score
       WHERE ${locationVisible('node')}
       RETURN 'LOCATION' AS kind, node.id AS id, score, NOT ${locationInOwnForceCase('node')} AS foreign
     }
     WITH kind, id, foreign, max(score) AS score
     RETURN kind, id, score, foreign
     ORDER BY score DESC, id
     LIMIT $limit`,
    { query, limit: int(limit), candidates: int(Math.max(limit * 5, 50)), ...viewer },
  );
}
