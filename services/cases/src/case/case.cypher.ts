import { caseVisible, cypher, int, type CursorKey, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { CaseFilter, NewCase } from './case.model.js';

type Viewer = ViewerParams;

const projection = `c {
  .id, .reference, .title, .summary, .force, .status, .createdBy,
  createdAt: toString(c.createdAt)
}`;

/**
 * Takes the force's next case number for the year. The sequence node is locked (by writing to it)
 * before its counter is read, so two concurrent creates never get the same number. No row when the
 * force does not exist.
 */
export function nextCaseNumber(force: string, year: number): CypherQuery {
  return cypher(
    `MATCH (f:Force {code: $force})
     MERGE (s:CaseSequence {key: $force + '-' + toString($year)})
       ON CREATE SET s.force = $force, s.year = $year, s.next = 0
     SET s._lock = true
     WITH s
     SET s.next = s.next + 1
     REMOVE s._lock
     RETURN s.next AS number`,
    { force, year: int(year) },
  );
}

export function insertCase(input: NewCase & { id: string; reference: string; createdBy: string }): CypherQuery {
  return cypher(
    `MATCH (f:Force {code: $force})
     CREATE (c:Case {
       id: $id, reference: $reference, title: $title, summary: $summary, force: $force,
       status: 'OPEN', createdAt: datetime(), createdBy: $createdBy
     })-[:OWNED_BY]->(f)
     RETURN ${projection} AS case`,
    { ...input },
  );
}

export function casesByIds(ids: readonly string[], viewer: Viewer): CypherQuery {
  return cypher(
    `UNWIND $ids AS id
     MATCH (c:Case {id: id}) WHERE ${caseVisible('c')}
     RETURN ${projection} AS case`,
    { ids, ...viewer },
  );
}

export function casesByReferences(references: readonly string[], viewer: Viewer): CypherQuery {
  return cypher(
    `UNWIND $references AS reference
     MATCH (c:Case {reference: reference}) WHERE ${caseVisible('c')}
     RETURN ${projection} AS case`,
    { references, ...viewer },
  );
}

/**
 * One page of cases, newest first, after the cursor key (createdAt, id). `limit` is one more than
 * the page size so the caller can tell whether another page follows.
 */
export function listCases(filter: CaseFilter, after: CursorKey | null, limit: number, viewer: Viewer): CypherQuery {
  const conditions = [caseVisible('c')];
  if (filter.force !== undefined) conditions.push('c.force = $force');
  if (filter.status !== undefined) conditions.push('c.status = $status');
  if (after !== null) {
    conditions.push('(c.createdAt < datetime($afterCreatedAt) OR (c.createdAt = datetime($afterCreatedAt) AND c.id < $afterId))');
  }
  return cypher(
    `MATCH (c:Case) WHERE ${conditions.join(' AND ')}
     RETURN ${projection} AS case
     ORDER BY c.createdAt DESC, c.id DESC
     LIMIT $limit`,
    {
      ...viewer,
      force: filter.force ?? null,
      status: filter.status ?? null,
      afterCreatedAt: after?.[0] ?? null,
      afterId: after?.[1] ?? null,
      limit: int(limit),
    },
  );
}
