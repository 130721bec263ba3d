import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CrosslinkError, run, type AuditedWriter, type CypherQuery, type Neo4jExecutor, type RequestMeta } from '@crosslink/common';
import { csvRecords } from '../csv/csv-records.js';
import type { ProgressSink } from '../progress/combined-progress.js';
import { Progress } from '../progress/progress.js';
import { Header, type BatchWrite, type BatchWritten, type Fault, type ImportFormat, type ImportTarget } from './import-format.js';
import { batchCommitted, finishRun, runState, startRun } from './import-run.cypher.js';
import { RejectFile } from './reject-file.js';

export interface ImportOptions<T> {
  readonly format: ImportFormat<T>;
  readonly path: string;
  readonly target: ImportTarget;
  /** Read and check everything, and count what would be created, without writing to the graph. */
  readonly dryRun: boolean;
  /** Rows per transaction; default 2000. */
  readonly batchSize?: number;
  /** Where rejected records go; default `<file>.rejects.csv`. */
  readonly rejectPath?: string;
  /** Where progress is drawn (a bar of its own); none when absent. */
  readonly progress?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Or where it is reported, to be drawn with other files' (see CombinedProgress). */
  readonly progressSink?: ProgressSink;
}

export interface ImportReport {
  readonly file: string;
  readonly format: string;
  readonly force: string;
  readonly dryRun: boolean;
  /** Records read after the header, good and bad. */
  readonly rows: number;
  /** Records that made new records in the graph (in a dry run: would make). */
  readonly created: number;
  /** Good records already in the graph, from an earlier import. */
  readonly present: number;
  readonly rejected: number;
  /** The line a resumed run continued after (0 when it began at the top), and the good rows it passed over. */
  readonly resumedAfterLine: number;
  readonly skipped: number;
  /** The reject file, or null when nothing was rejected. */
  readonly rejectFile: string | null;
  readonly seconds: number;
}

/**
 * Imports one file: streams its records (never the whole file in memory), parses each with the
 * format, writes good rows in batches of one transaction each, and writes every bad record to the
 * reject file with its line, column and reason while the good ones go in. Each batch's transaction
 * also appends its audit event (a COLLECTION naming the records it created, under the importing
 * officer) and notes the last line it covers, so a run that stops part way, and is started again
 * with the same command, continues after the last batch that committed. One batch is written while
 * the next is read.
 */
export class Importer {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly writer: AuditedWriter,
    private readonly meta: RequestMeta,
  ) {}

  async import<T>(options: ImportOptions<T>): Promise<ImportReport> {
    const began = Date.now();
    const { format, target } = options;
    const batchSize = options.batchSize ?? 2000;
    const totalBytes = (await stat(options.path)).size;
    const sha256 = await fileHash(options.path);
    const key = createHash('sha256').update(`${format.name}\n${target.force}\n${sha256}`).digest('hex');

    const [state] = await this.db.read(runState(key), this.meta);
    const resumeAfter = state !== undefined && state.complete !== true ? state.committedLine : 0;
    if (!options.dryRun) {
      const file = basename(options.path);
      await this.db.write(
        startRun({ key, format: format.name, force: target.force, file, sha256, bytes: totalBytes, by: target.importedBy }, resumeAfter),
        this.meta,
      );
    }

    const rejects = new RejectFile(options.rejectPath ?? `${options.path}.rejects.csv`);
    const progress: ProgressSink | null =
      options.progressSink ??
      (options.progress === undefined ? null : new Progress({ label: `${format.name} ${basename(options.path)}`, out: options.progress }));
    const counts = { rows: 0, created: 0, present: 0, skipped: 0, bytes: 0 };
    const snapshot = () => ({ rows: counts.rows, rejected: rejects.count, bytes: counts.bytes, totalBytes });

    let batch: T[] = [];
    let writing: Promise<void> = Promise.resolve();
    const flush = async (lastLine: number) => {
      const rows = batch;
      batch = [];
      await writing; // one batch in flight: batches commit in file order, so `committedLine` only grows
      writing = options.dryRun ? this.countBatch(format, rows, counts) : this.writeBatch(format, rows, target, key, lastLine, counts);
      writing.catch(() => {}); // handled where it is awaited: at the next flush, or at the end
    };

    let header: Header | null = null;
    let parse: ((fields: readonly string[], line: number) => { row: T } | { fault: Fault }) | null = null;
    let lastLine = 0;
    try {
      for await (const record of csvRecords(counted(createReadStream(options.path), counts))) {
        if (header === null || parse === null) {
          header = headerOf(record, format.required);
          parse = format.parser(header, target);
          continue;
        }
        counts.rows++;
        lastLine = record.line;
        if ('error' in record) {
          rejects.write({ line: record.line, code: 'MALFORMED_RECORD', column: '', reason: record.error, raw: record.raw });
        } else {
          const parsed = parse(record.fields, record.line);
          if ('fault' in parsed) rejects.write({ line: record.line, ...parsed.fault, raw: record.raw });
          else if (record.line <= resumeAfter) counts.skipped++;
          else batch.push(parsed.row);
        }
        if (batch.length >= batchSize) await flush(lastLine);
        const backlog = rejects.backlog();
        if (backlog !== null) await backlog;
        progress?.update(snapshot);
      }
      if (header === null) throw new CrosslinkError('VALIDATION_FAILED', `${options.path} is empty: it has no header row`, { field: 'header' });
      await flush(lastLine);
      await writing;
      if (!options.dryRun) await this.db.write(finishRun(key, { rows: counts.rows, rejected: rejects.count }), this.meta);
    } finally {
      await writing.catch(() => {}); // the first failure is the one reported
      await rejects.close();
      progress?.finish(snapshot());
    }

    return {
      file: options.path,
      format: format.name,
      force: target.force,
      dryRun: options.dryRun,
      rows: counts.rows,
      created: counts.created,
      present: counts.present,
      rejected: rejects.count,
      resumedAfterLine: resumeAfter,
      skipped: counts.skipped,
      rejectFile: rejects.count > 0 ? rejects.path : null,
      seconds: (Date.now() - began) / 1000,
    };
  }

  /** Reads something the import needs (a case's id), as the importing officer. */
  read<R>(query: CypherQuery<R>): Promise<R[]> {
    return this.db.read(query, this.meta);
  }

  /** Writes something other than a file's rows (a bundle's nominal index case) in one transaction with its audit event. */
  async writeAudited(action: string, target: ImportTarget, work: (run: BatchWrite) => Promise<BatchWritten>): Promise<BatchWritten> {
    return this.writer.write(
      this.meta,
      { action, operation: 'COLLECTION' },
      (tx) => work((query) => run(tx, query)),
      (done) => (done.records.length === 0 ? null : { records: done.records, owners: [target.force] }),
    );
  }

  /** Writes a batch, its audit event and the run's progress in one transaction. A batch of nothing still moves the run on. */
  private async writeBatch<T>(
    format: ImportFormat<T>,
    rows: readonly T[],
    target: ImportTarget,
    key: string,
    lastLine: number,
    counts: { created: number; present: number },
  ) {
    const written = await this.writer.write(
      this.meta,
      { action: format.action, operation: 'COLLECTION' },
      async (tx) => {
        const done = rows.length === 0 ? { created: 0, records: [] } : await format.write(rows, target, (query) => run(tx, query));
        await run(tx, batchCommitted(key, lastLine, rows.length, done.created));
        return done;
      },
      (done) => (done.records.length === 0 ? null : { records: done.records, owners: [target.force] }),
    );
    counts.created += written.created;
    counts.present += rows.length - written.created;
  }

  private async countBatch<T>(format: ImportFormat<T>, rows: readonly T[], counts: { created: number; present: number }) {
    if (rows.length === 0) return;
    const [row] = await this.db.read(format.countExisting(rows), this.meta);
    const known = row?.known ?? 0;
    counts.created += rows.length - known;
    counts.present += known;
  }
}

/** The header row, checked: readable, and holding every column the format needs. */
function headerOf(record: { line: number; error?: string; fields?: readonly string[] }, required: readonly string[]): Header {
  if (record.fields === undefined)
    throw new CrosslinkError('VALIDATION_FAILED', `The header row (line ${record.line}) cannot be read: ${record.error}`, { field: 'header' });
  const header = new Header(record.fields.map((name) => name.trim()));
  const missing = header.missing(required);
  if (missing.length > 0) {
    throw new CrosslinkError('VALIDATION_FAILED', `The header lacks ${missing.map((m) => `"${m}"`).join(', ')}; this format needs ${required.join(', ')}`, {
      field: 'header',
    });
  }
  return header;
}

/** Passes a file's chunks on, counting their bytes for the progress bar. */
async function* counted(chunks: AsyncIterable<Buffer>, counts: { bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    counts.bytes += chunk.length;
    yield chunk;
  }
}

/** The file's SHA-256, read as a stream: what a run is keyed by, so an edited file is a new run. */
async function fileHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
