import { assertCan, pageSize, viewerParams, type Principal, type TxMetadata } from '@crosslink/common';
import { fullTextQuery } from './search.query.js';
import type { SearchKind, SearchRepository } from './search.repository.js';

const typenames: Record<SearchKind, string> = { CASE: 'Case', PERSON: 'Person', LOCATION: 'Location' };

export class SearchService {
  constructor(
    private readonly repository: SearchRepository,
    private readonly principal: Principal,
    private readonly hubForce: string,
    private readonly meta: TxMetadata,
  ) {}

  /**
   * The best hits the caller may see, best first; each node a reference its own subgraph resolves,
   * carrying (never sending) whether it is another force's data, for the audit to judge.
   */
  async search(text: string, first: number | null | undefined) {
    assertCan(this.principal, 'search');
    const rows = await this.repository.search(fullTextQuery(text), pageSize(first), viewerParams(this.principal, this.hubForce), this.meta);
    return rows.map((hit) => ({ kind: hit.kind, score: hit.score, node: { __typename: typenames[hit.kind], id: hit.id, foreign: hit.foreign } }));
  }
}
