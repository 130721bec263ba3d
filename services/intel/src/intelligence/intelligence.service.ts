import { randomUUID } from 'node:crypto';
import { assertCan, CrosslinkError, decodeKeyset, loadByKeys, pageSize, toConnection, type Connection, type RequestScope } from '@crosslink/common';
import type DataLoader from 'dataloader';
import type { IntelligenceItem } from './intelligence.model.js';
import type { IntelligenceRepository } from './intelligence.repository.js';
import { checkIntelligence, checkSubjectKind, type RecordIntelligenceInput } from './intelligence.validation.js';

export class IntelligenceService {
  private readonly byId: DataLoader<string, IntelligenceItem | null>;

  constructor(
    private readonly repository: IntelligenceRepository,
    private readonly scope: RequestScope,
  ) {
    const { access, meta } = scope;
    this.byId = loadByKeys((ids) => this.repository.byIds(ids, access, meta), null);
  }

  byIdOrNull(id: string): Promise<IntelligenceItem | null> {
    assertCan(this.scope.principal, 'intel:read');
    return this.byId.load(id);
  }

  async about(kind: string, subjectId: string, first: number | null | undefined, after: string | null | undefined): Promise<Connection<IntelligenceItem>> {
    assertCan(this.scope.principal, 'intel:read');
    const size = pageSize(first);
    const key = decodeKeyset(after, 'datetime');
    const { access, meta } = this.scope;
    const rows = await this.repository.about(checkSubjectKind(kind, 'subjectKind'), subjectId, key, size + 1, access, meta);
    return toConnection(rows, size, (item) => [item.recordedAt, item.id]);
  }

  /**
   * Records a graded item (see checkIntelligence). Nothing is written about a subject the author may
   * not see: that is refused as if it did not exist.
   */
  async record(input: RecordIntelligenceInput): Promise<IntelligenceItem> {
    const { principal: p, access, meta } = this.scope;
    assertCan(p, 'intel:record');
    const valid = checkIntelligence(input, p);
    const created = await this.repository.create({ ...valid, id: randomUUID(), force: p.force, recordedBy: p.username }, access, meta);
    if (created === null) throw new CrosslinkError('NOT_FOUND', 'No such subject, or you may not see it', { field: 'input.subjectId' });
    return created;
  }
}
