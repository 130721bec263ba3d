import { recordsIn, type Neo4jExecutor, type Row, type TxMetadata, type ViewerParams } from '@crosslink/common';
import type { Case } from '../case/case.model.js';
import { caseExport } from './export.cypher.js';

/** What the cases service discloses of a case. */
export interface CasePackage {
  readonly case: Case;
  readonly history: readonly Row[];
  readonly events: readonly Row[];
  readonly actions: readonly Row[];
  readonly shares: readonly Row[];
  readonly operations: readonly Row[];
}

export interface ExportRead {
  readonly package: CasePackage;
  /** Every record in the package, as `Label:id`: the same the disclosure's audit event names. */
  readonly records: readonly string[];
  readonly exportedAt: string;
}

export class ExportRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /**
   * Reads the package in a write transaction so that its disclosure (operation DISCLOSURE, with the
   * recipients and records) is appended to the audit trail before anything is returned. Null when
   * the case is unknown, hidden or not the viewer's to disclose.
   */
  async read(caseId: string, recipients: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<ExportRead | null> {
    const [row] = await this.db.write(caseExport(caseId, recipients, viewer), meta);
    if (row === undefined) return null;
    const { exportedAt, ...content } = row;
    return {
      package: {
        case: row['case'] as Case,
        history: row['caseChange'] as Row[],
        events: row['event'] as Row[],
        actions: row['action'] as Row[],
        shares: row['shares'] as Row[],
        operations: row['operation'] as Row[],
      },
      records: recordsIn(content),
      exportedAt: String(exportedAt),
    };
  }
}
