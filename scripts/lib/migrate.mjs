// @ts-check
// Applies infra/neo4j/migrations to a stack's database with the runner in services/common.
import { join } from 'node:path';
import { neo4jUri } from './neo4j.mjs';
import { root, secrets } from './stack.mjs';

/** @param {import('./stack.mjs').Stack} s */
export async function migrate(s) {
  const common = await import(join(root, 'services', 'common', 'dist', 'index.js'));
  const driver = common.createDriver({ uri: neo4jUri(s), user: 'neo4j', password: secrets(s).neo4jPassword });
  try {
    const migrations = await common.readMigrations(join(root, 'infra', 'neo4j', 'migrations'));
    return await common.applyMigrations(driver, 'neo4j', migrations);
  } finally {
    await driver.close();
  }
}
