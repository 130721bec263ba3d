import { assertCan, CrosslinkError, recipientList, type RequestScope } from '@crosslink/common';
import type { ExportRepository } from './export.repository.js';

export interface ExportCaseInput {
  readonly caseId: string;
  readonly recipients: readonly string[];
}

export interface CaseExport {
  readonly reference: string;
  readonly recipients: readonly string[];
  readonly purpose: string;
  readonly exportedBy: string;
  readonly exportedAt: string;
  readonly records: readonly string[];
  readonly package: string;
}

/**
 * Disclosure of a case to named recipients outside Crosslink (DPA 2018 s.62: a disclosure is logged
 * with its recipients). It always needs a purpose, even for one's own force's case; only the owning
 * force, or the hub, discloses a case — a force that was shared a case does not pass it on.
 */
export class ExportService {
  constructor(
    private readonly repository: ExportRepository,
    private readonly scope: RequestScope,
  ) {}

  async exportCase(input: ExportCaseInput): Promise<CaseExport> {
    assertCan(this.scope.principal, 'case:export');
    const recipients = recipientList(input.recipients, 'input.recipients');
    const purpose = this.scope.meta.audit.requirePurpose('Exporting a case');
    const read = await this.repository.read(input.caseId, recipients, this.scope.access, this.scope.meta);
    if (read === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    const exportedBy = this.scope.principal.username;
    return {
      reference: read.package.case.reference,
      recipients,
      purpose,
      exportedBy,
      exportedAt: read.exportedAt,
      records: read.records,
      package: JSON.stringify({ exportedBy, exportedAt: read.exportedAt, purpose, recipients, ...read.package }),
    };
  }
}
