import { randomUUID } from 'node:crypto';
import { AuditedWriter, createDriver, cypher, Neo4jExecutor } from '@crosslink/common';
import { scopeFor, testEnv, uniqueForceCode, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkRepository } from './network.repository.js';
import { NetworkService } from './network.service.js';
import { ScopeReader } from './scope-reader.js';
import { officerOf } from './viewer.testing.js';

const env = testEnv();
const driver = createDriver({ uri: env.neo4jUri, user: 'neo4j', password: env.neo4jPassword });
const db = new Neo4jExecutor(driver, 'neo4j', 'test');
const repository = new NetworkRepository(db, new AuditedWriter(db, `test-same-person-${uniqueSuffix()}`));
afterAll(() => driver.close());

/**
 * Force A is the viewer's. Q1 and Q2 are in a case of A's; Q3 only in a case of B's, hidden from A.
 * A reviewer decided Q1 and Q2 are one person, and Q1 and Q3 too.
 */
const q = {
  A: uniqueForceCode(),
  B: uniqueForceCode(),
  a1: randomUUID(),
  b1: randomUUID(),
  Q1: randomUUID(),
  Q2: randomUUID(),
  Q3: randomUUID(),
  same: randomUUID(),
  hidden: randomUUID(),
};

beforeAll(async () => {
  await db.write(
    cypher(
      `MERGE (fa:Force {code: $q.A}) MERGE (fb:Force {code: $q.B})
       CREATE (a1:Case {id: $q.a1, reference: $q.A + '-1', force: $q.A, classification: 'OFFICIAL', caveats: [], crimeTypes: ['Fraud'], openedAt: datetime()})-[:OWNED_BY]->(fa)
       CREATE (b1:Case {id: $q.b1, reference: $q.B + '-1', force: $q.B, classification: 'OFFICIAL', caveats: [], crimeTypes: ['Fraud'], openedAt: datetime()})-[:OWNED_BY]->(fb)
       CREATE (q1:Person {id: $q.Q1, forenames: 'Quinn', surname: 'One'})-[:INVOLVED_IN {role: 'WITNESS'}]->(a1)
       CREATE (q2:Person {id: $q.Q2, forenames: 'Quin', surname: 'One'})-[:INVOLVED_IN {role: 'VICTIM'}]->(a1)
       CREATE (q3:Person {id: $q.Q3, forenames: 'Quinn', surname: 'Won'})-[:INVOLVED_IN {role: 'SUSPECT'}]->(b1)
       CREATE (s:MatchDecision {id: $q.same, pair: $q.same, outcome: 'SAME', reason: 'Same passport', decidedBy: 't', force: $q.A, at: datetime()})
       CREATE (s)-[:ABOUT]->(q1), (s)-[:ABOUT]->(q2)
       CREATE (h:MatchDecision {id: $q.hidden, pair: $q.hidden, outcome: 'SAME', reason: 'Same phone', decidedBy: 't', force: $q.B, at: datetime()})
       CREATE (h)-[:ABOUT]->(q1), (h)-[:ABOUT]->(q3)`,
      { q },
    ),
  );
});

function network() {
  const scope = scopeFor(officerOf(q.A), { purpose: 'Network test', requestId: randomUUID(), chain: 'intel' });
  return new NetworkService(repository, scope, new ScopeReader(repository, scope));
}

describe('SAME_PERSON on a real Neo4j', () => {
  it('joins two records a reviewer decided are one person, beside visible records only, until decided otherwise', async () => {
    const seed = { seeds: [{ kind: 'PERSON' as const, id: q.Q1 }], hops: 1 };
    const answer = await network().network(seed, null, null);
    expect(answer.nodes.map((n) => n.id).sort()).toEqual([q.Q1, q.Q2].sort());
    expect(answer.edges).toEqual([{ kind: 'SAME_PERSON', from: q.Q1, to: q.Q2, caseId: null, caseReference: null, force: null }]);
    // The decision about a record A may not see is no marker: no force owns a decision to be named.
    expect(answer.withheld).toEqual([]);
    expect(JSON.stringify(answer)).not.toContain(q.Q3);
    // Only when asked for, and undone by deciding otherwise.
    expect((await network().network(seed, ['KNOWS'], null)).edges).toEqual([]);
    await db.write(cypher(`MATCH (d:MatchDecision {id: $id}) SET d.outcome = 'DIFFERENT'`, { id: q.same }));
    expect((await network().network(seed, null, null)).edges).toEqual([]);
  });
});
