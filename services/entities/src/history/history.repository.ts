import type { Neo4jExecutor, TxMetadata, ViewerParams } from '@crosslink/common';
import { historyPages, type HistoryRequest } from './history.cypher.js';
import type { HistoryOwner, RecordChange } from './history.model.js';

export class HistoryRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** A page of history per request key; requests for hidden records are absent. */
  async pages(owner: HistoryOwner, requests: readonly HistoryRequest[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, RecordChange[]>> {
    const rows = await this.db.read(historyPages(owner, requests, viewer), meta);
    return new Map(rows.map((row) => [row.key, row.rows]));
  }
}
