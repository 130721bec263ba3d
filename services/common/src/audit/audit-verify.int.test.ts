import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../neo4j/driver.js';
import type { CypherQuery } from '../neo4j/cypher.js';
import { Neo4jExecutor, type TxMetadata } from '../neo4j/executor.js';
import { testEnv } from '../testing/index.js';
import type { AuditEntry } from './audit-event.js';
import { verifyTrail } from './audit-verify.js';
import { AuditedWriter } from './audited-writer.js';

const env = testEnv();
const driver = createDriver({ uri: env.neo4jUri, user: 'neo4j', password: env.neo4jPassword });
afterAll(() => driver.close());

const entry = (n: number): AuditEntry => ({
  id: randomUUID(),
  at: new Date().toISOString(),
  userId: 'u-test',
  username: 'integration.test',
  force: 'GMP',
  operation: 'CONSULTATION',
  action: `Query.probe${n}`,
  records: [`Case:c${n}`],
  recipients: [],
  purpose: null,
  requestId: `req-${n}`,
  service: 'test',
});

describe('verifying the audit trail against a real Neo4j', () => {
  it('finds a chain intact while events are appended to it during the walk, and covers them the next time', async () => {
    const chain = `probe-${randomUUID()}`;
    const db = new Neo4jExecutor(driver, 'neo4j', 'test');
    const writer = new AuditedWriter(db, chain);
    for (let n = 0; n < 50; n++) await writer.append([entry(n)]);

    let appending = true;
    let appended = 0;
    const appends = (async () => {
      while (appending) await writer.append([entry(1000 + appended++)]);
    })();
    try {
      for (let walk = 0; walk < 3; walk++) {
        const report = await verifyTrail(db, 7); // small pages: the walk spans many reads
        expect(report.breaks.filter((found) => found.chain === chain)).toEqual([]);
      }
    } finally {
      appending = false;
      await appends;
    }
    expect(appended).toBeGreaterThan(0);
    const settled = await verifyTrail(db);
    expect(settled.breaks.filter((found) => found.chain === chain)).toEqual([]);
    const { records } = await driver.executeQuery('MATCH (a:AuditEvent {chain: $chain}) RETURN count(a) AS events', { chain });
    expect(records[0]?.get('events')).toBe(50 + appended);
  });

  it('does not report a chain begun during the walk as events of no chain, and covers it the next time', async () => {
    const chain = `probe-${randomUUID()}`;
    const db = new Neo4jExecutor(driver, 'neo4j', 'test');
    const writer = new AuditedWriter(db, chain);
    // The new chain's first append lands just after the walk has read the heads.
    let begun = false;
    const walking = Object.create(db) as Neo4jExecutor;
    walking.read = async <R>(query: CypherQuery<R>, metadata?: TxMetadata): Promise<R[]> => {
      const rows = await db.read(query, metadata);
      if (!begun) {
        begun = true;
        await writer.append([entry(1)]);
      }
      return rows;
    };
    const during = await verifyTrail(walking);
    expect(begun).toBe(true);
    expect(during.breaks.filter((found) => found.chain === chain)).toEqual([]);
    const after = await verifyTrail(db);
    expect(after.breaks.filter((found) => found.chain === chain)).toEqual([]);
  });
});
