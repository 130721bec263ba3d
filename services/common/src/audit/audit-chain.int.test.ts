import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { int } from '../neo4j/cypher.js';
import { createDriver } from '../neo4j/driver.js';
import { Neo4jExecutor, run, type Row } from '../neo4j/executor.js';
import { testEnv } from '../testing/index.js';
import { AuditChain } from './audit-chain.js';
import { AuditedWriter } from './audited-writer.js';
import type { AuditEntry } from './audit-event.js';
import { appendInTransaction, fromProperties, type StatementRunner } from './audit-trail.js';
import { EMPTY_HEAD, firstBreak } from './hash-chain.js';

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

/** Runs statements on their own, counting them. */
function counting(): { runner: StatementRunner; statements: string[] } {
  const statements: string[] = [];
  const runner: StatementRunner = async (query) => {
    statements.push(query.text);
    const { records } = await driver.executeQuery(query.text, query.params as Record<string, unknown>);
    return records.map((record) => record.toObject() as Row);
  };
  return { runner, statements };
}

async function chainEvents(chain: string) {
  const { records } = await driver.executeQuery('MATCH (a:AuditEvent {chain: $chain}) RETURN properties(a) AS event ORDER BY a.seq', { chain });
  return records.map((record) => fromProperties(record.get('event') as Record<string, unknown>));
}

describe('an audit chain against a real Neo4j', () => {
  it('appends in one statement once it knows its head, and keeps the chain whole', async () => {
    const chain = `probe-${randomUUID()}`;
    const { runner, statements } = counting();
    const writer = new AuditChain(chain, runner);
    await writer.append([entry(1)]);
    const before = statements.length;
    await writer.append([entry(2), entry(3)]);
    expect(statements.length - before).toBe(1);
    const events = await chainEvents(chain);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(firstBreak(chain, events, EMPTY_HEAD)).toBeNull();
  });

  it('puts appends that arrive during a commit into one next commit, each resolving once durable', async () => {
    const chain = `probe-${randomUUID()}`;
    const { runner, statements } = counting();
    const writer = new AuditChain(chain, runner);
    await Promise.all(Array.from({ length: 12 }, (_, n) => writer.append([entry(n)])));
    // The first append reads the head and commits alone; the eleven that queued behind it share one commit.
    expect(statements.filter((text) => text.includes('CREATE (a:AuditEvent)'))).toHaveLength(2);
    const events = await chainEvents(chain);
    expect(events).toHaveLength(12);
    expect(firstBreak(chain, events, EMPTY_HEAD)).toBeNull();
  });

  it('lets two instances of a service and their write transactions share a chain without a fork', async () => {
    const chain = `probe-${randomUUID()}`;
    const db = new Neo4jExecutor(driver, 'neo4j', 'test');
    const one = new AuditedWriter(db, chain);
    const two = new AuditedWriter(db, chain);
    const inTransaction = async (n: number) => {
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      try {
        await session.executeWrite((tx) => appendInTransaction((query) => run(tx, query), chain, [entry(n)]));
      } finally {
        await session.close();
      }
    };
    await Promise.all(Array.from({ length: 30 }, (_, n) => (n % 3 === 0 ? one.append([entry(n)]) : n % 3 === 1 ? two.append([entry(n)]) : inTransaction(n))));
    const events = await chainEvents(chain);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, n) => n + 1));
    expect(firstBreak(chain, events, EMPTY_HEAD)).toBeNull();
    const { records } = await driver.executeQuery('MATCH (h:AuditHead {id: $chain}) RETURN h.seq AS seq, h.hash AS hash', { chain });
    expect(records[0]?.get('seq')).toBe(30);
    expect(records[0]?.get('hash')).toBe(events.at(-1)?.hash);
  });

  it('refuses a second event at a seq its chain already holds', async () => {
    const chain = `probe-${randomUUID()}`;
    await new AuditChain(chain, counting().runner).append([entry(1)]);
    const duplicate = driver.executeQuery('CREATE (a:AuditEvent {chain: $chain, seq: $seq, id: $id})', { chain, seq: int(1), id: randomUUID() });
    await expect(duplicate).rejects.toThrow(/already exists/);
  });
});
