import { basename } from 'node:path';
import { CrosslinkError } from '@crosslink/common';
import type { ProgressSink } from '../progress/combined-progress.js';
import type { ImportFormat, ImportTarget } from '../run/import-format.js';
import type { ImportReport, Importer } from '../run/import-run.js';
import { createCases } from '../run/imported-cases.js';
import { BundleIds, type BundleContext } from './bundle-ids.js';
import { bundleFiles, type BundleFile } from './bundle-files.js';
import { linkFormat } from './pole-links.js';
import { crimeFormat, locationFormat, objectFormat, personFormat } from './pole-nodes.js';
import { caseIdOf, type LinkType } from '../pole/pole.cypher.js';

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
}

export interface BundleReport {
  readonly source: string;
  readonly files: readonly ImportReport[];
  /** Files of the bundle the POLE mapping does not import, and why. */
  readonly notImported: readonly { readonly file: string; readonly reason: string }[];
}

/**
 * What the built-in mapping of Neo4j's POLE crime-investigation model does with each file, in the
 * order they are imported: nodes before the relationships that join them.
 */
const nodeFiles: readonly string[] = ['Crime', 'Person', 'Location', 'Phone', 'Email', 'Vehicle'];
const linkFiles: readonly LinkType[] = [
  'PARTY_TO',
  'OCCURRED_AT',
  'CURRENT_ADDRESS',
  'HAS_PHONE',
  'HAS_EMAIL',
  'INVOLVED_IN',
  'KNOWS',
  'KNOWS_LW',
  'KNOWS_SN',
  'KNOWS_PHONE',
  'FAMILY_REL',
];
const notMapped: Readonly<Record<string, string>> = {
  Area: 'areas follow from postcodes, which every location keeps',
  PostCode: 'postcodes are kept on the locations',
  LOCATION_IN_AREA: 'areas follow from postcodes',
  HAS_POSTCODE: 'postcodes are kept on the locations',
  POSTCODE_IN_AREA: 'areas follow from postcodes',
  PhoneCall: 'Crosslink holds no call records yet',
  CALLER: 'Crosslink holds no call records yet',
  CALLED: 'Crosslink holds no call records yet',
  Officer: 'officers are the realm’s users; the importing supervisor is each case’s officer in charge',
  INVESTIGATED_BY: 'the importing supervisor is each case’s officer in charge',
  Object: 'an item needs a kind (weapon, drugs, cash, document) the bundle does not give',
};

/** The files of a bundle the POLE mapping imports (for the size of a national import's progress bar). */
export function mappedFiles(dir: string): BundleFile[] {
  const mapped = new Set([...nodeFiles.map((label) => `nodes.${label}`), ...linkFiles.map((type) => `relationships.${type}`)]);
  return bundleFiles(dir).filter((f) => mapped.has(`${f.kind}.${f.name}`));
}

/**
 * Imports a neo4j-admin CSV bundle with the POLE mapping: every file the mapping knows, nodes
 * first, each as a run of its own (rejects, resume and audit as for any file). What the source
 * records outside any crime — its people, their addresses, phones, e-mail addresses, vehicles and
 * links — is held by one case of the force, the bundle's nominal index, so it is seen as the
 * force's data and nowhere else.
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
  const source = `neo4j-admin:${options.target.force}:${options.source ?? graphs[0]}`;
  const context: BundleContext = { source, indexCase: `${source}:nominal-index`, indexCaseId: null, ids: new BundleIds() };

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
    context.indexCaseId = String(index?.['id']);
  }

  const formats = new Map<string, ImportFormat<never>>();
  const add = (name: string, format: ImportFormat<unknown>) => formats.set(name, format as ImportFormat<never>);
  add('nodes.Crime', crimeFormat(context));
  add('nodes.Person', personFormat(context));
  add('nodes.Location', locationFormat(context));
  add('nodes.Phone', objectFormat('Phone', 'Phone', 'phoneNo', context));
  add('nodes.Email', objectFormat('EmailAddress', 'Email', 'email_address', context));
  add('nodes.Vehicle', objectFormat('Vehicle', 'Vehicle', 'reg', context));
  for (const type of linkFiles) add(`relationships.${type}`, linkFormat(type, context));

  const order = [...nodeFiles.map((label) => `nodes.${label}`), ...linkFiles.map((type) => `relationships.${type}`)];
  const byName = new Map(files.map((f) => [`${f.kind}.${f.name}`, f]));
  const reports: ImportReport[] = [];
  for (const name of order) {
    const file = byName.get(name);
    const format = formats.get(name);
    if (file === undefined || format === undefined) continue;
    reports.push(
      await importer.import({
        format,
        path: file.path,
        target: options.target,
        dryRun: options.dryRun,
        batchSize: options.batchSize,
        ...(options.progress === undefined ? {} : { progress: options.progress }),
        ...(options.progressSink === undefined ? {} : { progressSink: options.progressSink() }),
      }),
    );
  }
  const notImported = files
    .filter((f: BundleFile) => !formats.has(`${f.kind}.${f.name}`))
    .map((f) => ({ file: basename(f.path), reason: notMapped[f.name] ?? 'the POLE mapping does not know it' }));
  return { source, files: reports, notImported };
}
