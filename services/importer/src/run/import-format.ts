import { textFault, type AuditRecord, type CypherQuery } from '@crosslink/common';

/** Why a record was not imported. Each code is stable, documented in docs/import.md, and names one kind of fault. */
export const faultCodes = ['MALFORMED_RECORD', 'FIELD_COUNT', 'MISSING_VALUE', 'INVALID_VALUE', 'DUPLICATE_ID', 'OTHER_FORCE', 'UNKNOWN_ID'] as const;
export type FaultCode = (typeof faultCodes)[number];

/** What is wrong with a record: the column at fault as the file names it ('' for the whole record), and why. */
export interface Fault {
  readonly code: FaultCode;
  readonly column: string;
  readonly reason: string;
}

export type Parsed<T> = { readonly row: T } | { readonly fault: Fault };

export function fault(code: FaultCode, column: string, reason: string): { fault: Fault } {
  return { fault: { code, column, reason } };
}

/**
 * What every format refuses in a record before reading it: another number of fields than the
 * header has, or a value (of `columns`, by default all) that is not one line of text.
 */
export function recordFault(header: Header, fields: readonly string[], columns: readonly string[] = header.columns): { fault: Fault } | null {
  if (fields.length !== header.columns.length)
    return fault('FIELD_COUNT', '', `expected ${header.columns.length} fields as in the header, found ${fields.length}`);
  for (const column of columns) {
    const problem = textFault(header.value(fields, column), 'line');
    if (problem !== null) return fault('INVALID_VALUE', column, `${column} ${problem}`);
  }
  return null;
}

/** The columns of a file, by name, as its header row gives them. */
export class Header {
  private readonly positions = new Map<string, number>();

  constructor(readonly columns: readonly string[]) {
    columns.forEach((name, i) => {
      if (!this.positions.has(name.trim())) this.positions.set(name.trim(), i);
    });
  }

  missing(required: readonly string[]): string[] {
    return required.filter((name) => !this.positions.has(name));
  }

  /** The trimmed value of a column in a record's fields; '' when the column is absent or empty. */
  value(fields: readonly string[], column: string): string {
    const i = this.positions.get(column);
    return i === undefined ? '' : (fields[i] ?? '').trim();
  }
}

/** Where the rows go and whose they are: the force owning everything imported, and who imports it. */
export interface ImportTarget {
  readonly force: string;
  /** The force's name as source files write it (data.police.uk's "Reported by"). */
  readonly forceName: string;
  readonly classification: 'OFFICIAL' | 'SECRET' | 'TOP_SECRET';
  /** Username of the importing officer: the records' creator and the audit's user. */
  readonly importedBy: string;
}

/** What writing one batch did: how many rows made new records, and every record (`Label:id`) it created or joined, for the audit (none: no event). */
export interface BatchWritten {
  readonly created: number;
  readonly records: readonly AuditRecord[];
}

/** One transaction's statements, run in order; the last one's rows are the batch's result. */
export interface BatchWrite {
  /** Runs a statement in the batch's transaction and answers its rows, of the shape its builder declares. */
  <R>(query: CypherQuery<R>): Promise<R[]>;
}

/** What a dry run's count answers: how many of a batch's rows the graph holds already. */
export interface ExistingCount {
  readonly known: number;
}

/**
 * One file format the importer reads. A format turns a file's records into rows (or faults) and
 * writes batches of rows; the importer does the rest (streaming, batching, rejects, progress, resume
 * and audit) the same way for every format.
 */
export interface ImportFormat<T> {
  /** As the command line names it, e.g. `police-uk`. */
  readonly name: string;
  /** The audit action of its batches, e.g. `Import.policeUk`. */
  readonly action: string;
  /** Columns every file of the format has. */
  readonly required: readonly string[];
  /**
   * The parser of one file's records. It may keep state across the file's records (to catch a
   * duplicate id), so it is made once per file and given every record in order, skipped ones too.
   */
  parser(header: Header, target: ImportTarget): (fields: readonly string[], line: number) => Parsed<T>;
  /** Writes a batch of rows in one transaction; importing a row again must change nothing. */
  write(rows: readonly T[], target: ImportTarget, run: BatchWrite): Promise<BatchWritten>;
  /** For a dry run: how many of the rows are already in the graph. */
  countExisting(rows: readonly T[]): CypherQuery<ExistingCount>;
}
