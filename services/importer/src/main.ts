import { randomUUID } from 'node:crypto';
import { ConfigError, createDriver, createTokenVerifier, CrosslinkError, loadConfig, Neo4jExecutor, RequestAudit, type RequestMeta } from '@crosslink/common';
import { parseImportArgs, usage, UsageError } from './cli/import-args.js';
import { runImport } from './cli/run-import.js';
import { configSchema } from './config.js';
import { formats } from './formats.js';

/** Exit codes: 0 done (rejected rows are in the reject file), 1 refused or failed, 2 a command line to fix. */
async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  const args = parseImportArgs(argv, [...Object.keys(formats), 'nominal', 'neo4j-admin']);
  const config = loadConfig(configSchema);
  const verifier = createTokenVerifier({ keycloakUrl: config.KEYCLOAK_URL, realm: config.KEYCLOAK_REALM, audience: config.TOKEN_AUDIENCE });
  const principal = await verifier.verify(config.CROSSLINK_TOKEN);

  const driver = createDriver({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, maxPoolSize: 4 });
  try {
    const db = new Neo4jExecutor(driver, config.NEO4J_DATABASE, 'importer');
    const requestId = randomUUID();
    const meta: RequestMeta = { requestId, userId: principal.userId, audit: new RequestAudit(principal, requestId, args.purpose, 'importer') };
    await runImport(db, meta, principal, args, config.HUB_FORCE, (line) => console.log(line));
    return 0;
  } finally {
    await driver.close();
  }
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
