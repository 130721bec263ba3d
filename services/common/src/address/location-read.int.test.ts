import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { ViewerParams } from '../auth/visibility.js';
import { cypher } from '../neo4j/cypher.js';
import { uniqueForceCode } from '../testing/ids.js';
import { testExecutor } from '../testing/neo4j.js';
import { addressesOfPeople } from './location-read.js';

const { db, close } = testExecutor();
afterAll(close);

const viewerOf = (force: string, crossForce = false): ViewerParams => ({ viewer: { force, crossForce, clearanceRank: 0, caveats: [] } });

/**
 * One person in two forces' cases, each case giving them the same address in its own words (its
 * claim), and the second force's case alone giving them a second address. Records of their own, so
 * tests never share them.
 */
async function personAtTwoForces(): Promise<{ a: string; b: string; personId: string; shared: string; onlyB: string }> {
  const [a, b] = [uniqueForceCode(), uniqueForceCode()];
  const ids = { personId: randomUUID(), caseA: randomUUID(), caseB: randomUUID(), shared: randomUUID(), onlyB: randomUUID() };
  await db.write(
    cypher(
      `CREATE (ca:Case {id: $caseA, reference: $caseA, force: $a, status: 'OPEN', createdAt: datetime()})
       CREATE (cb:Case {id: $caseB, reference: $caseB, force: $b, status: 'OPEN', createdAt: datetime()})
       CREATE (p:Person {id: $personId, forenames: 'T', surname: 'P'})
       CREATE (p)-[:INVOLVED_IN {role: 'SUSPECT'}]->(ca), (p)-[:INVOLVED_IN {role: 'ASSOCIATE'}]->(cb)
       CREATE (shared:Location {id: $shared, addressKey: $shared, postcode: 'M5 4WT', postcodeArea: 'M', postcodeDistrict: 'M5', postcodeSector: 'M5 4'})
       CREATE (onlyB:Location {id: $onlyB, addressKey: $onlyB, postcode: 'E15 1AA', postcodeArea: 'E', postcodeDistrict: 'E15', postcodeSector: 'E15 1'})
       CREATE (shared)-[:RECORDED_IN {at: datetime('2026-01-01T00:00:00Z'), line1: '4 Kestrel Close', town: 'Salford', recordedBy: 'a'}]->(ca)
       CREATE (shared)-[:RECORDED_IN {at: datetime('2025-01-01T00:00:00Z'), line1: 'Flat 4, Kestrel Close', town: 'Manchester', recordedBy: 'b'}]->(cb)
       CREATE (onlyB)-[:RECORDED_IN {at: datetime(), line1: '9 Angel Lane', town: 'London', recordedBy: 'b'}]->(cb)
       CREATE (p)-[:HAS_ADDRESS {caseId: $caseA}]->(shared), (p)-[:HAS_ADDRESS {caseId: $caseB}]->(shared), (p)-[:HAS_ADDRESS {caseId: $caseB}]->(onlyB)`,
      { ...ids, a, b },
    ),
  );
  return { a, b, personId: ids.personId, shared: ids.shared, onlyB: ids.onlyB };
}

describe('addressesOfPeople on a real Neo4j', () => {
  it('gives a force’s viewer only the ties its own cases make, described by its own claims', async () => {
    const { a, personId, shared } = await personAtTwoForces();
    const [row] = await db.read(addressesOfPeople([personId], viewerOf(a)));
    expect(row?.addresses.map((l) => [l.id, l.shown?.line1, l.foreign, l.claims.length])).toEqual([[shared, '4 Kestrel Close', false, 1]]);
  });

  it('gives a cross-force viewer every tie, each shown by its own force’s claim else the oldest, and marks what only other forces hold', async () => {
    const { a, personId, shared, onlyB } = await personAtTwoForces();
    const [row] = await db.read(addressesOfPeople([personId], viewerOf(a, true)));
    const byId = new Map(row?.addresses.map((l) => [l.id, l]));
    expect([...byId.keys()].sort()).toEqual([shared, onlyB].sort());
    // Its own force's claim is shown although the other force's is older; both are listed, its own first.
    expect(byId.get(shared)?.shown?.line1).toBe('4 Kestrel Close');
    expect(byId.get(shared)?.claims.map((c) => c.line1)).toEqual(['4 Kestrel Close', 'Flat 4, Kestrel Close']);
    expect(byId.get(shared)?.foreign).toBe(false);
    expect(byId.get(onlyB)?.foreign).toBe(true);
  });

  it('has no row for a person the viewer may not see', async () => {
    const { personId } = await personAtTwoForces();
    expect(await db.read(addressesOfPeople([personId, randomUUID()], viewerOf(uniqueForceCode())))).toEqual([]);
  });
});
