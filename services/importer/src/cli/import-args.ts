import { parseArgs } from 'node:util';
import { UsageError } from '@crosslink/common';

export const usage = `usage: npm run import -- <format> <file> --force <CODE> [options]

formats:
  police-uk            a data.police.uk street-level crime CSV: each crime becomes a case of the force
  nominal              a nominal list (CSV of people: forenames, surname, date_of_birth, gender,
                       nationality, role, pnc_id, cro_number, ni_number, passport_number,
                       driving_licence, phone, email, vehicle, address, postcode) into the case --case
  neo4j-admin          a folder holding a neo4j-admin CSV bundle in the shape of Neo4j's POLE example
                       (<graph>.nodes.<Label>.csv, <graph>.relationships.<TYPE>.csv): crimes, people,
                       addresses, phones, e-mail addresses, vehicles and the links between them

options:
  --force <CODE>           the force whose data this is (GMP, MPS, …); the importer must work for it.
                           neo4j-admin without --force: the folder holds one bundle per force, each
                           in a folder named by its code (as npm run generate writes), for a hub
                           supervisor to import with a --purpose
  --classification <TIER>  OFFICIAL (default), SECRET or TOP_SECRET: the handling of every record made
  --dry-run                read and check the file, and say what would be created, without writing
  --batch-size <N>         rows per transaction (default 2000)
  --rejects <FILE>         where rejected rows go (default <file>.rejects.csv)
  --purpose <TEXT>         why, when a hub supervisor imports another force's data
  --case <REFERENCE>       nominal: the case the people go into (one of the force's, e.g. GMP-2026-00042)
  --parallel <N>           a national folder: forces imported side by side (default 4, at most 8)
  --source <NAME>          neo4j-admin: names the source, so two bundles whose :IDs overlap stay
                           apart (default: the bundle's graph name)
  --mapping <FILE>         neo4j-admin: a JSON file saying which POLE label, relationship type and
                           column each of the bundle's is read as, and which are left out (see
                           docs/import.md); without it, the POLE example's names are read

The importing officer is the holder of the access token in CROSSLINK_TOKEN (npm run import takes
one for --user <username> [--password <password>] against the running platform).`;

export interface ImportArgs {
  readonly format: string;
  readonly path: string;
  /** Null for a national folder of bundles, each imported as the force its folder names. */
  readonly force: string | null;
  readonly classification: 'OFFICIAL' | 'SECRET' | 'TOP_SECRET';
  readonly dryRun: boolean;
  readonly batchSize: number;
  readonly rejectPath: string | null;
  readonly purpose: string | null;
  readonly source: string | null;
  /** neo4j-admin: the mapping file naming what the bundle's labels, types and columns are read as; null for the built-in POLE mapping. */
  readonly mapping: string | null;
  /** nominal: the reference of the case the list goes into. */
  readonly caseReference: string | null;
  /** A national folder's forces imported side by side. */
  readonly parallel: number;
}

const classifications = ['OFFICIAL', 'SECRET', 'TOP_SECRET'] as const;

export function parseImportArgs(argv: readonly string[], formatNames: readonly string[]): ImportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        force: { type: 'string' },
        classification: { type: 'string', default: 'OFFICIAL' },
        'dry-run': { type: 'boolean', default: false },
        'batch-size': { type: 'string', default: '2000' },
        rejects: { type: 'string' },
        purpose: { type: 'string' },
        source: { type: 'string' },
        mapping: { type: 'string' },
        parallel: { type: 'string', default: '4' },
        case: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [format, path, ...extra] = positionals;
  if (format === undefined || path === undefined) throw new UsageError('give a format and a file');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}: one file (or bundle folder) per import`);
  if (values.source !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(values.source.trim())) {
    throw new UsageError('--source is 1-64 letters, digits, dots, dashes or underscores');
  }
  if (!formatNames.includes(format)) throw new UsageError(`unknown format ${format}: use one of ${formatNames.join(', ')}`);
  if (values.mapping !== undefined && format !== 'neo4j-admin')
    throw new UsageError('--mapping is for neo4j-admin bundles: it says what their names are read as');
  const force = values.force?.trim().toUpperCase() || null;
  if (force === null && format !== 'neo4j-admin') throw new UsageError('--force is required: the code of the force whose data this is');
  const classification = values.classification.trim().toUpperCase();
  if (!(classifications as readonly string[]).includes(classification)) throw new UsageError(`--classification is one of ${classifications.join(', ')}`);
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 20_000) throw new UsageError('--batch-size is a whole number from 1 to 20000');
  const caseReference = values.case?.trim().toUpperCase() || null;
  if (format === 'nominal' && caseReference === null) throw new UsageError('--case is required for a nominal list: the reference of the case it goes into');
  const parallel = Number(values.parallel);
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > 8) throw new UsageError('--parallel is a whole number from 1 to 8');
  return {
    format,
    path,
    force,
    classification: classification as ImportArgs['classification'],
    dryRun: values['dry-run'],
    batchSize,
    rejectPath: values.rejects ?? null,
    purpose: values.purpose?.trim() || null,
    source: values.source?.trim() || null,
    mapping: values.mapping ?? null,
    caseReference,
    parallel,
  };
}
