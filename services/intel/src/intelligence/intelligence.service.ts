import { randomUUID } from 'node:crypto';
import {
  assertCan,
  caveatPattern,
  clearanceReaches,
  clearances,
  CrosslinkError,
  decodeKeyset,
  pageSize,
  toConnection,
  validationError,
  viewerParams,
  type Clearance,
  type Connection,
  type Principal,
  type RequestMeta,
  type ViewerParams,
  loadByKeys,
} from '@crosslink/common';
import type DataLoader from 'dataloader';
import { mapLegacyGrading, validateGrading, type Grading, type GradingInput, type LegacyGradingInput } from './grading.js';
import type { IntelligenceItem } from './intelligence.model.js';
import type { IntelligenceRepository } from './intelligence.repository.js';
import { subjectKind } from './subject.js';

export interface RecordIntelligenceInput {
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly text: string;
  readonly grading?: GradingInput | null;
  readonly legacyGrading?: LegacyGradingInput | null;
  readonly classification?: string | null;
  readonly caveats?: readonly string[] | null;
}

const TEXT_MAX = 10_000;

export class IntelligenceService {
  private readonly viewer: ViewerParams;
  private readonly byId: DataLoader<string, IntelligenceItem | null>;

  constructor(
    private readonly repository: IntelligenceRepository,
    private readonly principal: Principal,
    hubForce: string,
    private readonly meta: RequestMeta,
  ) {
    this.viewer = viewerParams(principal, hubForce);
    this.byId = loadByKeys((ids) => this.repository.byIds(ids, this.viewer, this.meta), null);
  }

  byIdOrNull(id: string): Promise<IntelligenceItem | null> {
    assertCan(this.principal, 'intel:read');
    return this.byId.load(id);
  }

  async about(kind: string, subjectId: string, first: number | null | undefined, after: string | null | undefined): Promise<Connection<IntelligenceItem>> {
    assertCan(this.principal, 'intel:read');
    const size = pageSize(first);
    const key = decodeKeyset(after, 'datetime');
    const rows = await this.repository.about(subjectKind(kind, 'subjectKind'), subjectId, key, size + 1, this.viewer, this.meta);
    return toConnection(rows, size, (item) => [item.recordedAt, item.id]);
  }

  /**
   * Records a graded item. Exactly one of a 3x5x2 grading or a legacy 5x5x5 grade (mapped) is given.
   * An item may be classified above its subject, never above what its author may read.
   */
  async record(input: RecordIntelligenceInput): Promise<IntelligenceItem> {
    assertCan(this.principal, 'intel:record');
    const kind = subjectKind(input.subjectKind, 'input.subjectKind');
    const text = input.text.trim();
    if (text === '') throw validationError('input.text', 'The intelligence text is required');
    if (text.length > TEXT_MAX) throw validationError('input.text', `At most ${TEXT_MAX} characters`);
    const grading = this.grading(input);
    const classification = (input.classification ?? 'OFFICIAL') as Clearance;
    if (!clearances.includes(classification)) throw validationError('input.classification', 'OFFICIAL, SECRET or TOP_SECRET');
    if (!clearanceReaches(this.principal.clearance, classification)) {
      throw new CrosslinkError('FORBIDDEN', 'You may not classify an item above your own clearance', { field: 'input.classification' });
    }
    const caveats = [...new Set(input.caveats ?? [])].sort();
    for (const caveat of caveats) {
      if (!caveatPattern.test(caveat)) throw validationError('input.caveats', `${caveat} is not a caveat name`);
      if (!this.principal.caveats.has(caveat)) {
        throw new CrosslinkError('FORBIDDEN', `You may not mark an item ${caveat} without holding it`, { field: 'input.caveats' });
      }
    }
    const created = await this.repository.create(
      {
        id: randomUUID(),
        subjectKind: kind,
        subjectId: input.subjectId,
        text,
        grading,
        classification,
        caveats,
        force: this.principal.force,
        recordedBy: this.principal.username,
      },
      this.viewer,
      this.meta,
    );
    if (created === null) throw new CrosslinkError('NOT_FOUND', 'No such subject, or you may not see it', { field: 'input.subjectId' });
    return created;
  }

  private grading(input: RecordIntelligenceInput): Grading {
    if (input.grading && input.legacyGrading) throw validationError('input.legacyGrading', 'Give a 3x5x2 grading or a legacy one, not both');
    if (input.grading) return validateGrading(input.grading, 'input.grading');
    if (input.legacyGrading) return mapLegacyGrading(input.legacyGrading, 'input.legacyGrading');
    throw validationError('input.grading', 'Intelligence must be graded');
  }
}
