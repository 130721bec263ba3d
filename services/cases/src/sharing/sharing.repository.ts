import { run, type AuditedWriter, type Neo4jExecutor, type RequestMeta, type TxMetadata, type ViewerParams } from '@crosslink/common';
import { revokeShare, shareCase, sharesOf, type CaseShare, type SharedCaseRow } from './sharing.cypher.js';

export type { CaseShare } from './sharing.cypher.js';

export class SharingRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /** True when shared; false when the case or force is unknown, hidden or not the caller's to share. */
  /** Sharing discloses the case to the force it is shared with: that force is the event's recipient. */
  async share(input: { caseId: string; force: string; reason: string; by: string }, viewer: ViewerParams, meta: RequestMeta): Promise<boolean> {
    const rows = await this.audited.write(
      meta,
      'shareCase',
      (tx) => run(tx, shareCase(input, viewer)),
      ([row]) => (row === undefined ? null : { ...shared(row), recipients: [input.force] }),
    );
    return rows.length > 0;
  }

  async revoke(input: { caseId: string; force: string; reason: string; by: string }, viewer: ViewerParams, meta: RequestMeta): Promise<boolean> {
    const rows = await this.audited.write(
      meta,
      'revokeCaseShare',
      (tx) => run(tx, revokeShare(input, viewer)),
      ([row]) => (row === undefined ? null : shared(row)),
    );
    return rows.length > 0;
  }

  async sharesOf(caseIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, CaseShare[]>> {
    const rows = await this.db.read(sharesOf(caseIds, viewer), meta);
    return new Map(rows.map(({ caseId, shares }) => [caseId, shares]));
  }
}

/** The case a share or revocation changed, for its audit event: another force's needs a purpose. */
function shared({ case: sharedCase }: SharedCaseRow) {
  return { records: [`Case:${sharedCase.id}`], owners: [sharedCase.force] };
}
