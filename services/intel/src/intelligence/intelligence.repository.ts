import { run, type AuditedWriter, type CursorKey, type Neo4jExecutor, type RequestMeta, type TxMetadata, type ViewerParams } from '@crosslink/common';
import type { IntelligenceItem, NewIntelligence } from './intelligence.model.js';
import { createItem, itemsAbout, itemsByIds } from './intelligence.cypher.js';
import { subjectLabels, type SubjectKind } from './subject.js';

export class IntelligenceRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /** Audited as naming the item and its subject; a subject seen only through another force's case is that force's data. */
  async create(input: NewIntelligence, viewer: ViewerParams, meta: RequestMeta): Promise<IntelligenceItem | null> {
    const [row] = await this.audited.write(
      meta,
      'recordIntelligence',
      (tx) => run(tx, createItem(input, viewer)),
      ([made]) => {
        if (made === undefined) return null;
        const { item } = made;
        return { records: [`IntelligenceItem:${item.id}`, `${subjectLabels[input.subjectKind]}:${input.subjectId}`], foreign: item.foreign };
      },
    );
    return row?.item ?? null;
  }

  async byIds(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, IntelligenceItem>> {
    const rows = await this.db.read(itemsByIds(ids, viewer), meta);
    return new Map(rows.map(({ item }) => [item.id, item]));
  }

  async about(
    kind: SubjectKind,
    subjectId: string,
    after: CursorKey | null,
    limit: number,
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<IntelligenceItem[]> {
    const rows = await this.db.read(itemsAbout(kind, subjectId, after, limit, viewer), meta);
    return rows.map((row) => row.item);
  }
}
