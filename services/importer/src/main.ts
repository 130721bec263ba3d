import { randomUUID } from 'node:crypto';
import {
  AuditedWriter,
  ConfigError,
  createDriver,
  createTokenVerifier,
  CrosslinkError,
  loadConfig,
  Neo4jExecutor,
  RequestAudit,
  type RequestMeta,
} from '@crosslink/common';
import { authorizeImport } from './cli/authorize.js';
import { parseImportArgs, usage, UsageError } from './cli/import-args.js';
import { configSchema } from './config.js';
import { formats } from './formats.js';
import { forceName } from './run/import-run.cypher.js';
import { Importer, type ImportReport } from './run/import-run.js';

/** Exit codes: 0 done (rejected rows are in the reject file), 1 refused or failed, 2 a command line to fix. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const args = parseImportArgs(argv, Object.keys(formats));
  const config = loadConfig(configSchema);
  const verifier = createTokenVerifier({ keycloakUrl: config.KEYCLOAK_URL, realm: config.KEYCLOAK_REALM, audience: config.TOKEN_AUDIENCE });
  const principal = await verifier.verify(config.CROSSLINK_TOKEN);
  authorizeImport(principal, args, config.HUB_FORCE);

  const driver = createDriver({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, maxPoolSize: 4 });
  try {
    const db = new Neo4jExecutor(driver, config.NEO4J_DATABASE, 'importer');
    const requestId = randomUUID();
    const meta: RequestMeta = { requestId, userId: principal.userId, audit: new RequestAudit(principal, requestId, args.purpose, 'importer') };
    const [force] = await db.read(forceName(args.force), meta);
    if (force === undefined) throw new CrosslinkError('FORCE_NOT_FOUND', `No force has the code ${args.force}`, { field: '--force' });
    const format = formats[args.format];
    if (format === undefined) throw new UsageError(`unknown format ${args.format}`);

    const report = await new Importer(db, new AuditedWriter(db, 'importer'), meta).import({
      format,
      path: args.path,
      target: { force: args.force, forceName: String(force['name']), classification: args.classification, importedBy: principal.username },
      dryRun: args.dryRun,
      batchSize: args.batchSize,
      ...(args.rejectPath === null ? {} : { rejectPath: args.rejectPath }),
      progress: process.stderr,
    });
    console.log(summary(report));
    return 0;
  } finally {
    await driver.close();
  }
}

function summary(r: ImportReport): string {
  const n = (value: number) => value.toLocaleString('en-GB');
  const lines = [
    `${r.dryRun ? 'Dry run of' : 'Imported'} ${r.file} (${r.format}) for ${r.force} in ${r.seconds.toFixed(1)} s:`,
    `  ${n(r.rows)} rows read, ${n(r.created)} ${r.dryRun ? 'would be created' : 'created'}, ${n(r.present)} already present, ${n(r.rejected)} rejected`,
  ];
  if (r.resumedAfterLine > 0) lines.push(`  resumed after line ${n(r.resumedAfterLine)} (${n(r.skipped)} rows written by the earlier run)`);
  if (r.rejectFile !== null) lines.push(`  rejected rows, with line, column and reason: ${r.rejectFile}`);
  return lines.join('\n');
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`import: ${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else if (error instanceof ConfigError) {
    console.error(`import: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof CrosslinkError) {
    const field = typeof error.details.field === 'string' ? ` (${error.details.field})` : '';
    const cause = error.code === 'INTERNAL' && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    console.error(`import: ${error.code}${field}: ${error.message}${cause}`);
    process.exitCode = 1;
  } else {
    console.error('import: failed:', error);
    process.exitCode = 1;
  }
}
