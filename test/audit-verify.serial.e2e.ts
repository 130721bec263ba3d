import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { AuditedWriter, createDriver, Neo4jExecutor } from '@crosslink/common';
import { testEnv } from '@crosslink/common/testing';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { openCase } from './support/fixtures.js';

const env = testEnv();
const driver = neo4j.driver(env.neo4jUri, neo4j.auth.basic('neo4j', env.neo4jPassword), { disableLosslessIntegers: true });
afterAll(() => driver.close());

function verify() {
  const script = fileURLToPath(new URL('../scripts/audit-verify.mjs', import.meta.url));
  return spawnSync(process.execPath, [script], {
    env: { ...process.env, NEO4J_URI: env.neo4jUri, NEO4J_PASSWORD: env.neo4jPassword },
    encoding: 'utf8',
  });
}

describe('npm run audit:verify', () => {
  it('passes on an intact trail, and names the first tampered event', async () => {
    await openCase('detective.gmp');
    const intact = verify();
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/audit trail intact: \d+ events verified/);

    // Someone with database access edits an event behind the API's back.
    const { records } = await driver.executeQuery(
      "MATCH (a:AuditEvent {chain: 'cases'}) WITH a ORDER BY a.seq DESC LIMIT 3 WITH collect(a)[2] AS a WITH a, a.username AS original SET a.username = 'someone.else' RETURN a.seq AS seq, a.id AS id, original",
    );
    const seq = records[0]?.get('seq');
    const id = records[0]?.get('id');
    const original = records[0]?.get('original');
    try {
      const broken = verify();
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain(`BROKEN in chain cases at event ${seq} (${id})`);
    } finally {
      await driver.executeQuery('MATCH (a:AuditEvent {id: $id}) SET a.username = $original', { id, original });
    }
  });

  it('notices a deleted event', async () => {
    await openCase('detective.gmp');
    const { records } = await driver.executeQuery(
      "MATCH (a:AuditEvent {chain: 'cases'}) WITH a ORDER BY a.seq DESC LIMIT 2 WITH collect(a)[1] AS a WITH a, properties(a) AS kept DETACH DELETE a RETURN kept",
    );
    const kept = records[0]?.get('kept') as Record<string, unknown>;
    try {
      const broken = verify();
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain(`BROKEN in chain cases at event ${kept['seq']}: event ${kept['seq']} is missing`);
    } finally {
      await driver.executeQuery('CREATE (a:AuditEvent) SET a = $kept', { kept: { ...kept, seq: neo4j.int(Number(kept['seq'])) } });
    }
    expect(verify().status).toBe(0);
  });

  it('notices an event moved out of its chain', async () => {
    await openCase('detective.gmp');
    const { records } = await driver.executeQuery(
      "MATCH (a:AuditEvent {chain: 'cases'}) WITH a ORDER BY a.seq DESC LIMIT 1 SET a.chain = 'elsewhere' RETURN a.id AS id",
    );
    const id = records[0]?.get('id');
    try {
      const broken = verify();
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/BROKEN in chain cases at event \d+: the chain ends at \d+ but its head records \d+/);
      // Where it went, no chain's head names: it is reported there too.
      expect(broken.stderr).toContain(`(${id}): it belongs to no chain the trail heads name`);
    } finally {
      await driver.executeQuery("MATCH (a:AuditEvent {id: $id}) SET a.chain = 'cases'", { id });
    }
    expect(verify().status).toBe(0);
  });

  it('stays intact after an event carrying a lone UTF-16 surrogate: it is hashed as the database stores it', async () => {
    // A string with a lone surrogate cannot be stored as UTF-8; Neo4j stores U+FFFD in its place.
    const common = createDriver({ uri: env.neo4jUri, user: 'neo4j', password: env.neo4jPassword });
    try {
      const id = randomUUID();
      await new AuditedWriter(new Neo4jExecutor(common, 'neo4j', 'surrogates'), 'surrogates').append([
        {
          id,
          at: new Date().toISOString(),
          userId: 'u-\uD800',
          username: 'lone.\uDC00',
          force: 'GMP',
          operation: 'CONSULTATION',
          action: 'Query.case',
          records: ['Case:\uD83D'],
          recipients: [],
          purpose: 'review \uD800 of the case',
          requestId: randomUUID(),
          service: 'surrogates',
        },
      ]);
      const { records } = await driver.executeQuery('MATCH (a:AuditEvent {id: $id}) RETURN a.purpose AS purpose', { id });
      expect(records[0]?.get('purpose')).toBe('review \uFFFD of the case');
      const result = verify();
      expect(result.status, result.stderr).toBe(0);
    } finally {
      await common.close();
    }
  });

  it('reports every broken event, not only the first', async () => {
    await openCase('detective.gmp');
    await openCase('detective.gmp');
    const { records } = await driver.executeQuery(
      "MATCH (a:AuditEvent {chain: 'cases'}) WITH a ORDER BY a.seq DESC LIMIT 4 WITH collect(a) AS last UNWIND [last[3], last[1]] AS a WITH a, a.force AS original SET a.force = 'XX' RETURN a.seq AS seq, a.id AS id, original ORDER BY seq",
    );
    const tampered = records.map((record) => ({ seq: record.get('seq'), id: record.get('id'), original: record.get('original') }));
    expect(tampered).toHaveLength(2);
    try {
      const broken = verify();
      expect(broken.status).toBe(1);
      for (const { seq, id } of tampered) expect(broken.stderr).toContain(`BROKEN in chain cases at event ${seq} (${id}): its content does not match its hash`);
      expect(broken.stderr).toMatch(/^2 break\(s\) found/m);
    } finally {
      for (const { id, original } of tampered) await driver.executeQuery('MATCH (a:AuditEvent {id: $id}) SET a.force = $original', { id, original });
    }
    expect(verify().status).toBe(0);
  });
});
