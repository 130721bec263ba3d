import type { Neo4jExecutor, TxMetadata, ViewerParams } from '@crosslink/common';
import { search } from './search.cypher.js';
import type { SearchRow } from './search.model.js';
import type { ExactValues } from './search.query.js';

export class SearchRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  search(query: string, exact: ExactValues, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<SearchRow[]> {
    return this.db.read(search(query, limit, viewer, exact), meta);
  }
}
