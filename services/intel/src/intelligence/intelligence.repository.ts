import type { CursorKey, Neo4jExecutor, TxMetadata, ViewerParams } from '@crosslink/common';
import type { IntelligenceItem, NewIntelligence } from './intelligence.model.js';
import { createItem, itemsAbout, itemsByIds } from './intelligence.cypher.js';
import type { SubjectKind } from './subject.js';

export class IntelligenceRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  async create(input: NewIntelligence, viewer: ViewerParams, meta: TxMetadata): Promise<IntelligenceItem | null> {
    const [row] = await this.db.write(createItem(input, viewer), meta);
    return row === undefined ? null : (row['item'] as IntelligenceItem);
  }

  async byIds(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, IntelligenceItem>> {
    const rows = await this.db.read(itemsByIds(ids, viewer), meta);
    return new Map(rows.map((row) => {
      const item = row['item'] as IntelligenceItem;
      return [item.id, item];
    }));
  }

  async about(kind: SubjectKind, subjectId: string, after: CursorKey | null, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<IntelligenceItem[]> {
    const rows = await this.db.read(itemsAbout(kind, subjectId, after, limit, viewer), meta);
    return rows.map((row) => row['item'] as IntelligenceItem);
  }
}
