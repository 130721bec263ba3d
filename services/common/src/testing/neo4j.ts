import type { Driver } from 'neo4j-driver';
import { createDriver } from '../neo4j/driver.js';
import { Neo4jExecutor } from '../neo4j/executor.js';
import { testEnv } from './env.js';

/** A driver to the test stack's Neo4j, for integration tests; the test closes it. */
export function testDriver(): Driver {
  const env = testEnv();
  return createDriver({ uri: env.neo4jUri, user: 'neo4j', password: env.neo4jPassword });
}

/** An executor on the test stack's Neo4j for integration tests, and how to close it (in `afterAll`). */
export function testExecutor(): { db: Neo4jExecutor; close: () => Promise<void> } {
  const driver = testDriver();
  return { db: new Neo4jExecutor(driver, 'neo4j', 'test'), close: () => driver.close() };
}
