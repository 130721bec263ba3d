import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { uniqueForceCode, testEnv } from '../testing/index.js';
import { isRetryable } from '../errors/catalog.js';
import { isCrosslinkError } from '../errors/crosslink-error.js';
import { cypher } from './cypher.js';
import { createDriver } from './driver.js';
import { Neo4jExecutor } from './executor.js';
import { applyMigrations, parseMigration } from './migrations.js';

const env = testEnv();
const driver = createDriver({ uri: env.neo4jUri, user: 'neo4j', password: env.neo4jPassword });
const db = new Neo4jExecutor(driver, 'neo4j', 'test');

afterAll(() => driver.close());

describe('Neo4jExecutor against a real Neo4j', () => {
  it('returns rows as plain objects with integers as numbers', async () => {
    const rows = await db.read(cypher('RETURN $n + 1 AS n, "x" AS s', { n: 41 }));
    expect(rows).toEqual([{ n: 42, s: 'x' }]);
  });

  it('maps a uniqueness violation to CONFLICT and writes nothing of the failed transaction', async () => {
    const code = uniqueForceCode();
    await db.write(cypher('CREATE (:Force {code: $code, name: "Test"})', { code }));
    const failure = await db
      .writeTx(async (tx) => {
        await tx.run('CREATE (:Marker {code: $code})', { code });
        await tx.run('CREATE (:Force {code: $code, name: "Duplicate"})', { code });
      })
      .catch((error: unknown) => error);
    expect(isCrosslinkError(failure) && failure.code).toBe('CONFLICT');
    const [row] = await db.read(cypher('MATCH (m:Marker {code: $code}) RETURN count(m) AS n', { code }));
    expect(row?.['n']).toBe(0);
  });

  it('commits a statement of its own, and maps its uniqueness violation to CONFLICT without writing or retrying it', async () => {
    const code = uniqueForceCode();
    expect(await db.commit(cypher<{ code: string }>('CREATE (f:Force {code: $code, name: "Test"}) RETURN f.code AS code', { code }))).toEqual([{ code }]);
    const failure = await db
      .commit(cypher('CREATE (:Marker {code: $code}) WITH 1 AS one CREATE (:Force {code: $code, name: "Duplicate"})', { code }))
      .catch((error: unknown) => error);
    expect(isCrosslinkError(failure) && failure.code).toBe('CONFLICT');
    const [row] = await db.read(cypher<{ n: number }>('MATCH (m:Marker {code: $code}) RETURN count(m) AS n', { code }));
    expect(row?.n).toBe(0);
  });

  it('maps a Cypher bug to INTERNAL', async () => {
    const failure = await db.read(cypher('RETURN nonsense(')).catch((error: unknown) => error);
    expect(isCrosslinkError(failure) && failure.code).toBe('INTERNAL');
  });

  it('tags transactions with the request id', async () => {
    const [row] = await db.read(cypher('SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery CONTAINS "SHOW TRANSACTIONS" RETURN metaData'), {
      requestId: 'req-meta-1',
    });
    expect(row?.['metaData']).toMatchObject({ requestId: 'req-meta-1', app: 'crosslink-test' });
  });

  it('answers ping', async () => {
    expect(await db.ping()).toBe(true);
  });
});

/** A local port nothing listens on: taken from the system, then given back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Neo4jExecutor while the database is down', () => {
  it('answers a write and a read with DATABASE_UNAVAILABLE, retryable, within about 5 s', async () => {
    const down = createDriver({ uri: `bolt://127.0.0.1:${await closedPort()}`, user: 'neo4j', password: 'unused' });
    const executor = new Neo4jExecutor(down, 'neo4j', 'test');
    try {
      for (const attempt of [() => executor.write(cypher('CREATE (:Marker {code: "never"})')), () => executor.read(cypher('RETURN 1 AS one'))]) {
        const began = Date.now();
        const failure = await attempt().catch((error: unknown) => error);
        const took = Date.now() - began;
        expect(isCrosslinkError(failure) && failure.code).toBe('DATABASE_UNAVAILABLE');
        expect(isRetryable('DATABASE_UNAVAILABLE')).toBe(true);
        expect(took).toBeLessThan(6_000);
      }
    } finally {
      await down.close();
    }
  });
});

describe('applyMigrations against a real Neo4j', () => {
  const version = 9000 + Math.floor(Math.random() * 900);
  const label = `MigrationProbe${uniqueForceCode()}`;
  const file = `${version}_probe.cypher`;
  const first = parseMigration(file, `// probe\nMERGE (:${label} {n: 1});\nMERGE (:${label} {n: 2});\n`);

  afterAll(async () => {
    await db.write(cypher(`MATCH (m:Migration {version: $version}) DELETE m`, { version }));
  });

  it('applies a migration once and records it', async () => {
    const report = await applyMigrations(driver, 'neo4j', [first]);
    expect(report.applied).toEqual([`${version}_probe`]);
    const again = await applyMigrations(driver, 'neo4j', [first]);
    expect(again).toEqual({ applied: [], alreadyApplied: 1 });
    const [row] = await db.read(cypher(`MATCH (p:${label}) RETURN count(p) AS n`));
    expect(row?.['n']).toBe(2);
  });

  it('refuses a migration whose file changed after it was applied', async () => {
    const edited = parseMigration(file, `MERGE (:${label} {n: 3});\n`);
    await expect(applyMigrations(driver, 'neo4j', [edited])).rejects.toThrow(/changed after it was applied/);
  });
});
