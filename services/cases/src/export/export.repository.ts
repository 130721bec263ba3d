import { run, type AuditedWriter, type AuditRecord, type RequestMeta, type Row, type ViewerParams } from '@crosslink/common';
import type { Case } from '../case/case.model.js';
import { caseExport, type CaseExportRow } from './export.cypher.js';

/** What the cases service discloses of a case. */
export interface CasePackage {
  readonly case: Case;
  readonly history: readonly Row[];
  readonly events: readonly Row[];
  readonly actions: readonly Row[];
  readonly shares: readonly Row[];
  readonly operations: readonly Row[];
  /** The people the case records, with their role in it, aliases and the ids of the addresses it gives them. */
  readonly people: readonly Row[];
  /** Phones, vehicles, accounts and items seen in the case, each with its label and holders in it. */
  readonly objects: readonly Row[];
  /** The addresses the case records and its events' places, each as this case describes it (key alone if it does not). */
  readonly locations: readonly Row[];
}

export interface ExportRead {
  readonly package: CasePackage;
  /** Every record in the package, as `Label:id`: the same the disclosure's audit event names. */
  readonly records: readonly AuditRecord[];
  readonly exportedAt: string;
}

export class ExportRepository {
  constructor(private readonly audited: AuditedWriter) {}

  /**
   * Reads the package in a write transaction so that its disclosure (to the recipients, naming every
   * record in the package) is appended to the audit trail before anything is returned. Null when
   * the case is unknown, hidden or not the viewer's to disclose.
   */
  async read(caseId: string, recipients: readonly string[], viewer: ViewerParams, meta: RequestMeta): Promise<ExportRead | null> {
    const read = await this.audited.write(
      meta,
      'exportCase',
      async (tx) => {
        const [row] = await run(tx, caseExport(caseId, viewer));
        return row === undefined ? null : toRead(row);
      },
      (found) => (found === null ? null : { records: found.records, recipients, owners: [found.package.case.force] }),
    );
    return read;
  }
}

function toRead(row: CaseExportRow): ExportRead {
  const content: CasePackage = {
    case: row.case,
    history: row.caseChange,
    events: row.event,
    actions: row.action,
    shares: row.shares,
    operations: row.operation,
    people: row.person,
    objects: row.object,
    locations: row.location,
  };
  return { package: content, records: packageRecords(content), exportedAt: row.exportedAt };
}

/** Every record a package holds, as `Label:id`: the case, its history, events, actions, operations, people, objects and places. */
export function packageRecords(content: CasePackage): AuditRecord[] {
  const ids = (label: string, rows: readonly Row[], key = 'id') =>
    rows.flatMap((row) => {
      const id = row[key];
      return typeof id === 'string' ? [`${label}:${id}`] : [];
    });
  const records = [
    `Case:${content.case.id}`,
    ...ids('CaseChange', content.history),
    ...ids('Event', content.events),
    ...ids('Location', content.events, 'locationId'),
    ...ids('Action', content.actions),
    ...ids('Operation', content.operations),
    ...ids('Person', content.people),
    ...content.objects.flatMap((row) => (typeof row['id'] === 'string' && typeof row['label'] === 'string' ? [`${row['label']}:${row['id']}`] : [])),
    ...ids('Location', content.locations),
  ];
  return [...new Set(records)].sort();
}
