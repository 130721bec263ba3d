import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { cypher, parseMigration } from '@crosslink/common';
import { testExecutor, uniqueForceCode, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';

// Migration 0034 turns addresses recorded before claims existed (a person's, with the description on
// the shared node) into claims of a case: the person's case of the recording officer's force.

const { db, close } = testExecutor();
afterAll(close);

const FILE = '0034_address_claims.cypher';

async function migrate(): Promise<void> {
  const text = await readFile(new URL(`../../../../infra/neo4j/migrations/${FILE}`, import.meta.url), 'utf8');
  for (const statement of parseMigration(FILE, text).statements) await db.write(cypher(statement, {}));
}

describe('migration 0034: address claims', () => {
  it('gives an old address to the recorder’s force’s case, as its claim, and strips the shared node', async () => {
    const [own, other] = [uniqueForceCode(), uniqueForceCode()];
    const ids = { person: randomUUID(), ownCase: randomUUID(), otherCase: randomUUID(), location: randomUUID(), officer: `dc.${uniqueSuffix()}` };
    await db.write(
      cypher(
        `CREATE (o:Officer {username: $officer, force: $own})
         CREATE (p:Person {id: $person})
         CREATE (p)-[:INVOLVED_IN {role: 'SUSPECT'}]->(:Case {id: $otherCase, force: $other, createdAt: datetime('2020-01-01T00:00:00Z')})
         CREATE (p)-[:INVOLVED_IN {role: 'SUSPECT'}]->(:Case {id: $ownCase, force: $own, createdAt: datetime('2024-01-01T00:00:00Z')})
         CREATE (p)-[:HAS_ADDRESS {since: datetime('2024-02-01T00:00:00Z'), recordedBy: $officer}]->(:Location {
           id: $location, addressKey: $location, postcode: 'M1 1AE', line1: '1 Old Street', line2: 'Back door', town: 'Manchester',
           latitude: 53.48, longitude: -2.24, forceArea: 'GMP'
         })`,
        { ...ids, own, other },
      ),
    );

    await migrate();
    // Idempotent: a second run changes nothing.
    await migrate();

    const [row] = await db.read(
      cypher(
        `MATCH (l:Location {id: $location})
         RETURN properties(l) AS node,
           [(l)-[s:RECORDED_IN]->(c:Case) | s { .line1, .line2, .town, .latitude, .longitude, .forceArea, .recordedBy, caseId: c.id }] AS claims,
           [(:Person {id: $person})-[h:HAS_ADDRESS]->(l) | h.caseId] AS ties`,
        ids,
      ),
    );
    expect(row?.['claims']).toEqual([
      {
        line1: '1 Old Street',
        line2: 'Back door',
        town: 'Manchester',
        latitude: 53.48,
        longitude: -2.24,
        forceArea: 'GMP',
        recordedBy: ids.officer,
        caseId: ids.ownCase,
      },
    ]);
    expect(row?.['ties']).toEqual([ids.ownCase]);
    expect(Object.keys(row?.['node'] as object).sort()).toEqual(['addressKey', 'id', 'postcode']);
  });
});
