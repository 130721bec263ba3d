import { caseReachPaths, caseVisible, cypher, int, type CursorKey, type CypherQuery, type ViewerParams } from '@crosslink/common';
import { keysetCondition, keysetParams } from '@crosslink/common';
import type { Case, CaseChange, CaseFilter, NewCase } from './case.model.js';

type Viewer = ViewerParams;

/**
 * How a case leaves Neo4j (its `__typename` labels it in a write's audit). Cases written before the coordination fields existed are given their
 * defaults here as well as by migration 0010, so a half-migrated graph still answers correctly.
 */
export const caseProjection = (c: string) => `${c} {
  __typename: 'Case', .id, .reference, .title, .summary, .force, .status, .createdBy,
  crimeTypes: coalesce(${c}.crimeTypes, []),
  priority: coalesce(${c}.priority, 'MEDIUM'),
  classification: coalesce(${c}.classification, 'OFFICIAL'),
  caveats: coalesce(${c}.caveats, []),
  officerInCharge: coalesce(${c}.officerInCharge, ${c}.createdBy),
  createdAt: toString(${c}.createdAt),
  openedAt: toString(${c}.openedAt),
  closedAt: toString(${c}.closedAt)
}`;
const projection = caseProjection('c');

/** The row of every statement that answers with one case. */
export interface CaseRow {
  readonly case: Case;
}

/** A case opened directly (OPEN) is opened now; a REFERRED one gets `openedAt` when it is opened. */
export function insertCase(input: NewCase & { id: string; reference: string; createdBy: string }): CypherQuery<CaseRow> {
  return cypher(
    `MATCH (f:Force {code: $force})
     CREATE (c:Case {
       id: $id, reference: $reference, title: $title, summary: $summary, force: $force,
       status: $status, crimeTypes: $crimeTypes, priority: $priority,
       classification: $classification, caveats: $caveats, officerInCharge: $officerInCharge,
       createdAt: datetime(), createdBy: $createdBy,
       openedAt: CASE WHEN $status = 'OPEN' THEN datetime() END
     })-[:OWNED_BY]->(f)
     RETURN ${projection} AS case`,
    { ...input, crimeTypes: [...input.crimeTypes], caveats: [...input.caveats] },
  );
}

export function casesByIds(ids: readonly string[], viewer: Viewer): CypherQuery<CaseRow> {
  return cypher(
    `UNWIND $ids AS id
     MATCH (c:Case {id: id}) WHERE ${caseVisible('c')}
     RETURN ${projection} AS case`,
    { ids, ...viewer },
  );
}

export function casesByReferences(references: readonly string[], viewer: Viewer): CypherQuery<CaseRow> {
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
 *
 * Written so that Neo4j reads a page from an index in order, stopping at the page's last case,
 * instead of sorting every case it may show (on a national store, hundreds of thousands):
 * - under an officer's filter, from `case_officer_created`; under a force's, from
 *   `case_force_created`. The order names the officer or the force first (constant there, so the
 *   order is the same) because the planner only takes an index's order when the sort starts with
 *   the index's first property;
 * - for a cross-force viewer, from `case_created`;
 * - for any other viewer, whose cases are its own force's, those shared with it and those of the
 *   operations it takes part in (`caseReachPaths`, the reach of `caseVisible`): the
 *   newest page of its own force's from `case_force_created`, with every case of the other two,
 *   sorted together.
 * The existence predicates on `createdAt` are what let the planner use those indexes.
 */
export function listCases(filter: CaseFilter, after: CursorKey | null, limit: number, viewer: Viewer): CypherQuery<CaseRow> {
  const conditions: string[] = [];
  if (filter.force !== undefined) conditions.push('c.force = $force');
  if (filter.status !== undefined) conditions.push('c.status = $status');
  if (filter.crimeType !== undefined) conditions.push('$crimeType IN c.crimeTypes');
  if (filter.officer !== undefined) conditions.push('c.officerInCharge = $officer');
  if (filter.openedFrom !== undefined) conditions.push('c.openedAt >= datetime($openedFrom)');
  if (filter.openedTo !== undefined) conditions.push('c.openedAt <= datetime($openedTo)');
  if (after !== null) {
    conditions.push('(c.createdAt < datetime($afterCreatedAt) OR (c.createdAt = datetime($afterCreatedAt) AND c.id < $afterId))');
  }
  const params = {
    ...viewer,
    force: filter.force ?? null,
    status: filter.status ?? null,
    crimeType: filter.crimeType ?? null,
    officer: filter.officer ?? null,
    openedFrom: filter.openedFrom ?? null,
    openedTo: filter.openedTo ?? null,
    afterCreatedAt: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
    limit: int(limit),
  };
  const where = (...more: string[]) => [...more, caseVisible('c'), ...conditions].join(' AND ');
  const newest = 'c.createdAt DESC, c.id DESC';
  if (filter.officer === undefined && filter.force === undefined && !viewer.viewer.crossForce) {
    return cypher(
      `CALL () {
         MATCH (c:Case) WHERE ${where('c.force = $viewer.force', 'c.createdAt IS NOT NULL')}
         RETURN c ORDER BY c.force DESC, ${newest} LIMIT $limit
         ${caseReachPaths('c')
           .map((path) => `UNION MATCH ${path} WHERE c:Case AND ${where()} RETURN c`)
           .join('\n         ')}
       }
       RETURN ${projection} AS case
       ORDER BY ${newest}
       LIMIT $limit`,
      params,
    );
  }
  const leading = filter.officer !== undefined ? 'c.officerInCharge DESC, ' : filter.force !== undefined ? 'c.force DESC, ' : '';
  return cypher(
    `MATCH (c:Case) WHERE ${where('c.createdAt IS NOT NULL')}
     RETURN ${projection} AS case
     ORDER BY ${leading}${newest}
     LIMIT $limit`,
    params,
  );
}

/**
 * One page of recorded changes, newest first and keyed on (at, id), for each of several visible cases:
 * every case gets its own first `limit` changes after the cursor. Rows come ordered by case, then page.
 */
export function caseHistories(
  caseIds: readonly string[],
  after: CursorKey | null,
  limit: number,
  viewer: Viewer,
): CypherQuery<{ caseId: string; change: CaseChange }> {
  const conditions = after === null ? '' : `WHERE ${keysetCondition('h.at', 'h.id', 'DESC', 'datetime')}`;
  return cypher(
    `UNWIND $caseIds AS caseId
     MATCH (c:Case {id: caseId}) WHERE ${caseVisible('c')}
     CALL (c) {
       MATCH (c)-[:HAS_CHANGE]->(h:CaseChange) ${conditions}
       RETURN h ORDER BY h.at DESC, h.id DESC LIMIT $limit
     }
     RETURN c.id AS caseId, h { .id, .by, .field, .from, .to, .reason, at: toString(h.at) } AS change
     ORDER BY caseId, h.at DESC, h.id DESC`,
    { caseIds: [...new Set(caseIds)], ...viewer, ...keysetParams(after), limit: int(limit) },
  );
}
