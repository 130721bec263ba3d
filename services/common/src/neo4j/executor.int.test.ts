import { afterAll, describe, expect, it } from 'vitest';
import { uniqueForceCode, testEnv } from '../testing/index.js';
import { isCrosslinkError } from '../errors/crosslink-error.js';
import { cypher } from './cypher.js';
import { createDriver } from './driver.js';
import { Neo4jExecutor, run } from './executor.js';
import { applyMigrations, parseMigration } from './migrations.js';
import { RequestAudit } from '../audit/request-audit.js';
import type { Principal } from '../auth/principal.js';

const env = testEnv();
const driver = createDriver({ uri: env.neo4jUri, user: 'neo4j', password: env.neo4jPassword });
const db = new Neo4jExecutor(driver, 'neo4j', 'test');

afterAll(() => driver.close());

const principal: Principal = {
  userId: 'u-test',
  username: 'integration.test',
  displayName: 'Integration test',
  roles: new Set(['detective']),
  force: 'GMP',
  clearance: 'OFFICIAL',
  caveats: new Set(),
};

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

  it('maps a Cypher bug to INTERNAL', async () => {
    const failure = await db.read(cypher('RETURN nonsense(')).catch((error: unknown) => error);
    expect(isCrosslinkError(failure) && failure.code).toBe('INTERNAL');
  });

  it('tags transactions with the request id', async () => {
    const [row] = await db.read(
      cypher('SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery CONTAINS "SHOW TRANSACTIONS" RETURN metaData'),
      { requestId: 'req-meta-1' },
    );
    expect(row?.['metaData']).toMatchObject({ requestId: 'req-meta-1', app: 'crosslink-test' });
  });

  it('appends a write’s audit event in the same transaction as the write', async () => {
    const marker = uniqueForceCode();
    const audit = new RequestAudit(principal, `req-${marker}`, null, 'test');
    audit.beginMutation('recordMarker');
    await db.write(cypher('CREATE (:Marker {code: $caseId})', { caseId: marker }), { audit });
    const [row] = await db.read(
      cypher('MATCH (a:AuditEvent {requestId: $requestId}) RETURN a.operation AS operation, a.action AS action, a.records AS records', {
        requestId: `req-${marker}`,
      }),
    );
    expect(row).toEqual({ operation: 'COLLECTION', action: 'Mutation.recordMarker', records: [`Case:${marker}`] });
  });

  it('names a disclosure’s recipients from the metadata, and leaves no event for a write that matched nothing', async () => {
    const marker = uniqueForceCode();
    const audit = new RequestAudit(principal, `req-${marker}`, null, 'test');
    audit.beginMutation('addOperationParticipant');
    await db.writeTx((tx) => run(tx, cypher('CREATE (:Marker {code: $marker})', { marker })), { audit, recipients: ['BTP'] });
    const missed = new RequestAudit(principal, `req-${marker}-missed`, null, 'test');
    missed.beginMutation('recordMarker');
    expect(await db.write(cypher('MATCH (m:Marker {code: $caseId, hidden: true}) SET m.seen = true RETURN m.code AS code', { caseId: marker }), { audit: missed })).toEqual([]);
    const rows = await db.read(
      cypher('MATCH (a:AuditEvent) WHERE a.requestId STARTS WITH $requestId RETURN a.requestId AS requestId, a.operation AS operation, a.recipients AS recipients', {
        requestId: `req-${marker}`,
      }),
    );
    expect(rows).toEqual([{ requestId: `req-${marker}`, operation: 'DISCLOSURE', recipients: ['BTP'] }]);
  });

  it('rolls a write back when its audit event cannot be written', async () => {
    const marker = uniqueForceCode();
    const broken = { writeEntry: () => { throw new Error('audit trail unavailable'); } } as unknown as RequestAudit;
    await expect(db.write(cypher('CREATE (:Marker {code: $marker})', { marker }), { audit: broken })).rejects.toBeTruthy();
    const [row] = await db.read(cypher('MATCH (m:Marker {code: $marker}) RETURN count(m) AS n', { marker }));
    expect(row?.['n']).toBe(0);
  });

  it('answers ping', async () => {
    expect(await db.ping()).toBe(true);
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
