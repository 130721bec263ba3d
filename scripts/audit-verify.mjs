// @ts-check
// `npm run audit:verify`: walks the running platform's audit trail, recomputing every hash, and
// exits non-zero listing every broken event (one tampering does not hide a later one). NEO4J_URI and
// NEO4J_PASSWORD point it elsewhere (by default: the database `npm start` runs).
import { join } from 'node:path';
import { neo4jUri } from './lib/neo4j.mjs';
import { root, secrets, stack } from './lib/stack.mjs';

const common = await import(join(root, 'services', 'common', 'dist', 'index.js'));
const dev = stack('dev');
const uri = process.env['NEO4J_URI'] ?? neo4jUri(dev);
const password = process.env['NEO4J_PASSWORD'] ?? secrets(dev).neo4jPassword;

const driver = common.createDriver({ uri, user: 'neo4j', password });
try {
  const report = await common.verifyTrail(new common.Neo4jExecutor(driver, 'neo4j', 'audit-verify'));
  if (report.breaks.length === 0) {
    console.log(`audit trail intact: ${report.checked} events verified in ${report.chains} chains`);
  } else {
    for (const { chain, seq, id, reason } of report.breaks) {
      console.error(`audit trail BROKEN in chain ${chain} at event ${seq}${id ? ` (${id})` : ''}: ${reason}`);
    }
    console.error(`${report.breaks.length} break(s) found; ${report.checked} events checked in ${report.chains} chains`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`could not verify the audit trail: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await driver.close();
}
