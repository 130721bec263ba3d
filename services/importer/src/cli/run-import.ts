import { existsSync, statSync } from 'node:fs';
import { AuditedWriter, CrosslinkError, UsageError, type Neo4jExecutor, type Principal, type RequestMeta } from '@crosslink/common';
import { formats } from '../formats.js';
import { importBundle, mappedFiles, type BundleReport } from '../neo4j-admin/bundle-import.js';
import { poleMapping, readMapping } from '../neo4j-admin/bundle-mapping.js';
import { CombinedProgress } from '../progress/combined-progress.js';
import { Progress } from '../progress/progress.js';
import { forceFolders } from '../neo4j-admin/force-folders.js';
import type { ImportTarget } from '../run/import-format.js';
import { caseByReference, forceName } from '../run/import-run.cypher.js';
import { nominalFormat, type NominalCase } from '../nominal/nominal.format.js';
import { Importer, type ImportReport } from '../run/import-run.js';
import { authorizeImport } from './authorize.js';
import { largestFirst } from './largest-first.js';
import type { ImportArgs } from './import-args.js';

const n = (value: number) => value.toLocaleString('en-GB');

/**
 * Runs the import the command line asks for, as `principal`: one file, one bundle, or a national
 * folder of bundles (one per force, each imported as that force's data). Every force is authorised
 * before anything is written. Writes a summary line by line to `out`.
 */
export async function runImport(
  db: Neo4jExecutor,
  meta: RequestMeta,
  principal: Principal,
  args: ImportArgs,
  hubForce: string,
  out: (line: string) => void,
): Promise<void> {
  if (!existsSync(args.path)) throw new CrosslinkError('VALIDATION_FAILED', `${args.path} does not exist`, { field: 'path' });
  // Read whole and checked before anything else, so a mapping with a mistake in it writes nothing.
  const mapping = args.mapping === null ? poleMapping : readMapping(args.mapping);
  const jobs =
    args.force !== null
      ? [{ force: args.force, path: args.path }]
      : args.format === 'neo4j-admin'
        ? forceFolders(args.path).map((f) => ({ force: f.force, path: f.dir }))
        : [];
  if (jobs.length === 0) {
    throw new UsageError(
      args.format === 'neo4j-admin' ? `--force is required unless ${args.path} is a national folder (one bundle per force code)` : '--force is required',
    );
  }
  const targets: ImportTarget[] = [];
  for (const job of jobs) {
    authorizeImport(principal, { ...args, force: job.force }, hubForce);
    const [force] = await db.read(forceName(job.force), meta);
    if (force === undefined) throw new CrosslinkError('FORCE_NOT_FOUND', `No force has the code ${job.force}`, { field: '--force' });
    targets.push({ force: job.force, forceName: force.name, classification: args.classification, importedBy: principal.username });
  }

  const importer = new Importer(db, new AuditedWriter(db, 'importer'), meta);
  const began = Date.now();
  const totals = { rows: 0, created: 0, present: 0, rejected: 0 };
  const add = (report: ImportReport) => {
    totals.rows += report.rows;
    totals.created += report.created;
    totals.present += report.present;
    totals.rejected += report.rejected;
  };
  const common = { dryRun: args.dryRun, batchSize: args.batchSize };

  if (args.format !== 'neo4j-admin') {
    const format = args.format === 'nominal' ? nominalFormat(await nominalCase(db, meta, args.caseReference, targets[0]!)) : formats[args.format];
    if (format === undefined) throw new UsageError(`unknown format ${args.format}`);
    const report = await importer.import({
      ...common,
      target: targets[0]!,
      format,
      path: jobs[0]!.path,
      progress: process.stderr,
      ...(args.rejectPath === null ? {} : { rejectPath: args.rejectPath }),
    });
    fileSummary(report).forEach((line) => out(line));
    return;
  }

  // Bundles: one at a time with a bar per file, or a national folder's forces side by side
  // (`--parallel`, Neo4j then works on several transactions at once) under one bar for them all.
  // While one force's batch waits on Neo4j, another's is read and sent: four keep two cores busy.
  const lanes = targets.length === 1 ? 1 : args.parallel;
  const bytes = jobs.map((job) => mappedFiles(job.path, mapping).reduce((sum, file) => sum + statSync(file.path).size, 0));
  const combined =
    targets.length === 1
      ? null
      : new CombinedProgress(
          new Progress({ label: `${targets.length} forces`, out: process.stderr }),
          bytes.reduce((sum, b) => sum + b, 0),
        );
  const order = largestFirst(bytes);
  let next = 0;
  const lane = async () => {
    while (next < order.length) {
      const i = order[next++]!;
      const target = targets[i]!;
      const bundle = await importBundle(importer, {
        ...common,
        target,
        dir: jobs[i]!.path,
        source: args.source,
        mapping,
        ...(combined === null ? { progress: process.stderr } : { progressSink: () => combined.part() }),
      });
      bundle.files.forEach(add);
      bundleSummary(bundle, target.force, args.dryRun).forEach((line) => out(line));
    }
  };
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    combined?.finish();
  }
  if (targets.length > 1) {
    const seconds = (Date.now() - began) / 1000;
    out(
      `${args.dryRun ? 'Dry run of' : 'Imported'} ${targets.length} forces in ${seconds.toFixed(1)} s: ${n(totals.rows)} rows read, ${n(totals.created)} ${args.dryRun ? 'would be created' : 'created'}, ${n(totals.present)} already present, ${n(totals.rejected)} rejected (${n(Math.round(totals.rows / seconds))} rows/s)`,
    );
  }
}

/** The case a nominal list goes into: it must be one of the force's (--force). */
async function nominalCase(db: Neo4jExecutor, meta: RequestMeta, reference: string | null, target: ImportTarget): Promise<NominalCase> {
  if (reference === null) throw new UsageError('--case is required for a nominal list');
  const [found] = await db.read(caseByReference(reference), meta);
  // Another force's case is answered as unknown, as the API answers a case one may not write to and may not see.
  if (found === undefined || found.force !== target.force) {
    throw new CrosslinkError('CASE_NOT_FOUND', `${target.force} has no case with the reference ${reference}`, { field: '--case' });
  }
  return { id: found.id, reference };
}

function fileSummary(r: ImportReport): string[] {
  const lines = [
    `${r.dryRun ? 'Dry run of' : 'Imported'} ${r.file} (${r.format}) for ${r.force} in ${r.seconds.toFixed(1)} s:`,
    `  ${n(r.rows)} rows read, ${n(r.created)} ${r.dryRun ? 'would be created' : 'created'}, ${n(r.present)} already present, ${n(r.rejected)} rejected`,
  ];
  if (r.resumedAfterLine > 0) lines.push(`  resumed after line ${n(r.resumedAfterLine)} (${n(r.skipped)} rows written by the earlier run)`);
  if (r.rejectFile !== null) lines.push(`  rejected rows, with line, column and reason: ${r.rejectFile}`);
  return lines;
}

function bundleSummary(bundle: BundleReport, force: string, dryRun: boolean): string[] {
  const lines = [`${dryRun ? 'Dry run of' : 'Imported'} the bundle ${bundle.source} for ${force}:`];
  for (const r of bundle.files) {
    const name = r.format.replace(/^neo4j-admin:/, '');
    const resumed = r.resumedAfterLine > 0 ? `, resumed after line ${n(r.resumedAfterLine)}` : '';
    lines.push(
      `  ${name.padEnd(16)} ${n(r.rows).padStart(10)} rows ${n(r.created).padStart(10)} ${dryRun ? 'new' : 'created'} ${n(r.present).padStart(9)} present ${n(r.rejected).padStart(7)} rejected  ${r.seconds.toFixed(1)} s${resumed}`,
    );
    if (r.rejectFile !== null) lines.push(`    rejected rows, with line, column and reason: ${r.rejectFile}`);
  }
  for (const skipped of bundle.notImported) lines.push(`  not imported: ${skipped.file} (${skipped.reason})`);
  return lines;
}
