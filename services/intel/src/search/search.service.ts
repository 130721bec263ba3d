import { assertCan, pageSize, type RequestScope } from '@crosslink/common';
import type { SearchKind, SearchRow } from './search.model.js';
import { exactValues, fullTextQuery } from './search.query.js';
import type { SearchRepository } from './search.repository.js';
import { matchScore } from './search.score.js';
import { searchTerms } from './search.validation.js';

const typenames = { CASE: 'Case', PERSON: 'Person', LOCATION: 'Location', PHONE: 'Phone', VEHICLE: 'Vehicle' } as const satisfies Record<SearchKind, string>;

/** Kinds found only by their whole normalised value (a phone's number, a vehicle's mark): each such hit is an exact match. */
const exactKinds: ReadonlySet<SearchKind> = new Set<SearchKind>(['PHONE', 'VEHICLE']);

export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly scope: RequestScope,
  ) {}

  /**
   * The best hits the caller may see, best first; each node a reference its own subgraph resolves,
   * carrying (never sending) whether it is another force's data, for the audit to judge.
   */
  async search(text: string, first: number | null | undefined) {
    assertCan(this.scope.principal, 'search');
    const size = pageSize(first);
    const terms = searchTerms(text);
    const rows = await this.repository.search(fullTextQuery(terms), exactValues(text), size, this.scope.access, this.scope.meta);
    return rankHits(rows, terms, size);
  }
}

/**
 * Scores each visible candidate on its own text (see search.score.ts), orders them best first —
 * ties by kind, then id, so the order too depends on nothing else — and numbers them 1..n. A phone
 * or vehicle the text names exactly scores 1 and comes before every other hit.
 */
export function rankHits(rows: readonly SearchRow[], terms: readonly string[], size: number) {
  return rows
    .map((row) => {
      const exact = exactKinds.has(row.kind);
      return { row, exact, score: exact ? 1 : Math.max(0, ...row.texts.map((text) => matchScore(terms, text))) };
    })
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.row.kind.localeCompare(b.row.kind) || a.row.id.localeCompare(b.row.id))
    .slice(0, size)
    .map(({ row, score }, i) => ({ rank: i + 1, kind: row.kind, score, node: { __typename: typenames[row.kind], id: row.id, foreign: row.foreign } }));
}
