import type { Neo4jExecutor, TxMetadata, ViewerParams } from '@crosslink/common';
import { search } from './search.cypher.js';

export type SearchKind = 'CASE' | 'PERSON' | 'LOCATION';

export interface SearchRow {
  readonly kind: SearchKind;
  readonly id: string;
  /** The text of the record that matched (a person's name, or an alias of theirs; a case's reference and title; an address). */
  readonly texts: readonly string[];
  readonly foreign: boolean;
}

export class SearchRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  async search(query: string, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<SearchRow[]> {
    const rows = await this.db.read(search(query, limit, viewer), meta);
    return rows.map((row) => ({
      kind: row['kind'] as SearchKind,
      id: String(row['id']),
      texts: (row['texts'] as unknown[]).map(String),
      foreign: row['foreign'] === true,
    }));
  }
}
