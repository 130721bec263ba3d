import type { Neo4jExecutor, TxMetadata, ViewerParams } from '@crosslink/common';
import { revokeShare, shareCase, sharesOf } from './sharing.cypher.js';

export interface CaseShare {
  readonly force: string;
  readonly reason: string;
  readonly sharedBy: string;
  readonly sharedAt: string;
}

export class SharingRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** True when shared; false when the case or force is unknown, hidden or not the caller's to share. */
  async share(input: { caseId: string; force: string; reason: string; by: string }, viewer: ViewerParams, meta: TxMetadata): Promise<boolean> {
    return (await this.db.write(shareCase(input, viewer), meta)).length > 0;
  }

  async revoke(input: { caseId: string; force: string; reason: string; by: string }, viewer: ViewerParams, meta: TxMetadata): Promise<boolean> {
    return (await this.db.write(revokeShare(input, viewer), meta)).length > 0;
  }

  async sharesOf(caseIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, CaseShare[]>> {
    const rows = await this.db.read(sharesOf(caseIds, viewer), meta);
    return new Map(rows.map((row) => [row['caseId'] as string, row['shares'] as CaseShare[]]));
  }
}
