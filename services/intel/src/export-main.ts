import { randomUUID } from 'node:crypto';
import { AuditedWriter, createDriver, createTokenVerifier, loadConfig, Neo4jExecutor, RequestAudit, requestScope, runCommandLine } from '@crosslink/common';
import { optionFor, parseExportArgs, usage, type ExportArgs } from './export/export-args.js';
import { exportConfigSchema } from './export/export-config.js';
import { ExportFolder, type WrittenFile } from './export/export-folder.js';
import { NetworkRepository } from './network/network.repository.js';
import { NetworkService, type ExportChannel, type NetworkExport } from './network/network.service.js';
import { ScopeReader } from './network/scope-reader.js';
import { DEFAULT_LIMIT, MAX_EXPORT_LIMIT } from './network/network.validation.js';

// `npm run export`: the analyst's network export from the command line, for networks too big to come
// back inline in a GraphQL answer. The caller is whoever holds the token, verified like any API
// caller's; the export is the intel service's own exportNetwork over its own repository, and its
// disclosure lands on intel's audit chain exactly as the API's does.

/** The command line's exports: files, up to MAX_EXPORT_LIMIT records, audited as `Export.network` disclosures. */
const commandLineExport: ExportChannel = { maxLimit: MAX_EXPORT_LIMIT, action: { action: 'Export.network', operation: 'DISCLOSURE' } };

/** Exit codes: 0 exported, 1 refused or failed (nothing written), 2 a command line or configuration to fix. */
async function main(argv: readonly string[]): Promise<number> {
  const args = parseExportArgs(argv, new Date());
  const config = loadConfig(exportConfigSchema);
  const verifier = createTokenVerifier({ keycloakUrl: config.KEYCLOAK_URL, realm: config.KEYCLOAK_REALM, audience: config.TOKEN_AUDIENCE });
  const principal = await verifier.verify(config.CROSSLINK_TOKEN);

  const folder = await ExportFolder.claim(args.out);
  const driver = createDriver({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, maxPoolSize: 4 });
  try {
    const db = new Neo4jExecutor(driver, config.NEO4J_DATABASE, 'intel-export');
    const requestId = randomUUID();
    const auth = { principal, token: config.CROSSLINK_TOKEN, requestId, purpose: args.purpose };
    const scope = requestScope(auth, new RequestAudit(principal, requestId, args.purpose, 'intel'), config.HUB_FORCE);
    const repository = new NetworkRepository(db, new AuditedWriter(db, 'intel'));
    const network = new NetworkService(repository, scope, new ScopeReader(repository, scope));
    const exported = await network.exportNetwork(args.input, commandLineExport);
    const written = await folder.write(exported.files);
    console.log(summary(args, exported, written, requestId));
    return 0;
  } catch (error) {
    await folder.release();
    throw error;
  } finally {
    await driver.close();
  }
}

function summary(args: ExportArgs, exported: NetworkExport, written: readonly WrittenFile[], requestId: string): string {
  const count = (n: number) => n.toLocaleString('en-GB');
  const { nodes, edges, truncated } = exported.size;
  const lines = [`${count(nodes)} records, ${count(edges)} links; ${count(exported.withheld)} withheld links left out (another force's knowledge)`];
  if (truncated) {
    const limit = args.input.limit ?? DEFAULT_LIMIT;
    lines.push(`stopped at the limit of ${count(limit)} records: the scope holds more (--limit takes up to ${count(MAX_EXPORT_LIMIT)})`);
  }
  for (const file of written) lines.push(`  ${file.path}  ${count(file.bytes)} bytes`);
  lines.push(`disclosure audited at ${exported.exportedAt} (request ${requestId}) to ${exported.recipients.join(', ')}: ${exported.purpose}`);
  return lines.join('\n');
}

await runCommandLine({ name: 'export', usage, optionFor }, main);
