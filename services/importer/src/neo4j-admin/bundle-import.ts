import { CrosslinkError } from '@crosslink/common';
import type { ProgressSink } from '../progress/combined-progress.js';
import type { ImportFormat, ImportTarget } from '../run/import-format.js';
import type { ImportReport, Importer } from '../run/import-run.js';
import { createCases } from '../run/imported-cases.js';
import { BundleIds, type BundleContext } from './bundle-ids.js';
import { bundleFiles, type BundleFile } from './bundle-files.js';
import { planBundle, poleMapping, type BundleMapping, type PlannedFile, type PoleLabel } from './bundle-mapping.js';
import { linkFormat } from './pole-links.js';
import { crimeFormat, locationFormat, objectFormat, personFormat } from './pole-nodes.js';
import { renamed } from './renamed-format.js';
import { caseIdOf } from '../pole/pole.cypher.js';

export interface BundleOptions {
  readonly dir: string;
  readonly target: ImportTarget;
  readonly dryRun: boolean;
  readonly batchSize: number;
  /** Names the source, so that two bundles whose `:ID`s overlap stay apart; default the bundle's graph name. */
  readonly source: string | null;
  readonly progress?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Or a sink per file, to draw many bundles' progress as one (a national import). */
  readonly progressSink?: () => ProgressSink;
  /** What the bundle's labels, types and columns are read as; default the built-in POLE mapping. */
  readonly mapping?: BundleMapping;
}

export interface BundleReport {
  readonly source: string;
  readonly files: readonly ImportReport[];
  /** Files of the bundle the mapping does not import, and why. */
  readonly notImported: readonly { readonly file: string; readonly reason: string }[];
}

/** The format of each POLE label, for one bundle's files (a relationship type's is linkFormat). */
const nodeFormats: Readonly<Record<PoleLabel, (context: BundleContext) => ImportFormat<unknown>>> = {
  Crime: crimeFormat,
  Person: personFormat,
  Location: locationFormat,
  Phone: (context) => objectFormat('Phone', 'Phone', 'phoneNo', context),
  Email: (context) => objectFormat('EmailAddress', 'Email', 'email_address', context),
  Vehicle: (context) => objectFormat('Vehicle', 'Vehicle', 'reg', context),
};

/**
 * How one file is read: the format of what the mapping reads it as, in the file's own column names.
 * A file read as another label or type is named for both, so two read as one stay apart in the
 * run's summary (and each run is keyed by its own name).
 */
function formatOf(planned: PlannedFile, context: BundleContext): ImportFormat<never> {
  const { file, mapped } = planned;
  const format = planned.kind === 'nodes' ? nodeFormats[planned.mapped.as](context) : linkFormat(planned.mapped.as, context, file.name);
  const named = file.name === mapped.as ? format : { ...format, name: `neo4j-admin:${file.name} as ${mapped.as}` };
  return renamed(named, mapped) as ImportFormat<never>;
}

/** The files of a bundle the mapping imports (for the size of a national import's progress bar). */
export function mappedFiles(dir: string, mapping: BundleMapping = poleMapping): BundleFile[] {
  return planBundle(bundleFiles(dir), mapping).imports.map((planned) => planned.file);
}

/**
 * Imports a neo4j-admin CSV bundle with a mapping (by default the POLE one): every file the
 * mapping reads, nodes first, each as a run of its own (rejects, resume and audit as for any file).
 * What the source records outside any crime — its people, their addresses, phones, e-mail
 * addresses, vehicles and links — is held by one case of the force, the bundle's nominal index, so
 * it is seen as the force's data and nowhere else.
 */
export async function importBundle(importer: Importer, options: BundleOptions): Promise<BundleReport> {
  const files = bundleFiles(options.dir);
  if (files.length === 0) {
    throw new CrosslinkError('VALIDATION_FAILED', `${options.dir} holds no bundle files (<graph>.nodes.<Label>.csv, <graph>.relationships.<TYPE>.csv)`, {
      field: 'path',
    });
  }
  const graphs = [...new Set(files.map((f) => f.graph))];
  if (graphs.length > 1)
    throw new CrosslinkError('VALIDATION_FAILED', `${options.dir} holds more than one bundle (${graphs.join(', ')}): one per folder`, { field: 'path' });
  const plan = planBundle(files, options.mapping ?? poleMapping);
  const source = `neo4j-admin:${options.target.force}:${options.source ?? graphs[0]}`;
  const context: BundleContext = { source, indexCase: `${source}:nominal-index`, indexCaseId: null, ids: new BundleIds(source) };

  if (!options.dryRun) {
    await importer.writeAudited('Import.neo4jAdmin', options.target, (run) =>
      createCases(
        [
          {
            sourceKey: context.indexCase,
            title: `Nominal index imported from ${options.source ?? graphs[0]}`,
            summary: 'The people, addresses, phones, e-mail addresses and vehicles the source records, and the links between people it gives, as imported.',
            status: 'OPEN',
            crimeTypes: [],
            openedAt: new Date().toISOString(),
            details: {},
          },
        ],
        source,
        options.target,
        run,
      ),
    );
    const [index] = await importer.read(caseIdOf(context.indexCase));
    context.indexCaseId = index?.id ?? null;
  }

  const reports: ImportReport[] = [];
  for (const planned of plan.imports) {
    reports.push(
      await importer.import({
        format: formatOf(planned, context),
        path: planned.file.path,
        target: options.target,
        dryRun: options.dryRun,
        batchSize: options.batchSize,
        ...(options.progress === undefined ? {} : { progress: options.progress }),
        ...(options.progressSink === undefined ? {} : { progressSink: options.progressSink() }),
      }),
    );
  }
  return { source, files: reports, notImported: plan.notImported };
}
