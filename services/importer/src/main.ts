import { randomUUID } from 'node:crypto';
import { createDriver, createTokenVerifier, loadConfig, Neo4jExecutor, RequestAudit, runCommandLine, type RequestMeta } from '@crosslink/common';
import { parseImportArgs, usage } from './cli/import-args.js';
import { runImport } from './cli/run-import.js';
import { configSchema } from './config.js';
import { formats } from './formats.js';

/** Exit codes: 0 done (rejected rows are in the reject file), 1 refused or failed, 2 a command line to fix. */
async function main(argv: readonly string[]): Promise<number> {
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

await runCommandLine({ name: 'import', usage }, main);
