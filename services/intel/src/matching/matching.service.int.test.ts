import { randomUUID } from 'node:crypto';
import { AuditedWriter, createDriver, cypher, nameKey, Neo4jExecutor, type Principal } from '@crosslink/common';
import { scopeFor, testEnv, uniqueForceCode, uniqueMobile, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officerOf } from '../network/viewer.testing.js';
import { NetworkRepository } from '../network/network.repository.js';
import { ScopeReader } from '../network/scope-reader.js';
import { pairKey } from './matching.validation.js';
import { MatchingRepository } from './matching.repository.js';
import { MatchingService } from './matching.service.js';

const env = testEnv();
const driver = createDriver({ uri: env.neo4jUri, user: 'neo4j', password: env.neo4jPassword });
const db = new Neo4jExecutor(driver, 'neo4j', 'test');
const chain = `test-matching-${uniqueSuffix()}`;
const writer = new AuditedWriter(db, chain);
const matching = new MatchingRepository(db, writer);
const network = new NetworkRepository(db, writer);
afterAll(() => driver.close());

function serviceFor(viewer: Principal, purpose: string | null = 'Match test') {
  const scope = scopeFor(viewer, { purpose, requestId: randomUUID(), chain: 'intel' });
  return { service: new MatchingService(matching, scope, new ScopeReader(network, scope)), audit: scope.audit };
}

/** Letters no other test's names hold, so that only this graph's people are alike (the hub sees every test's). */
const tag = uniqueSuffix().replace(/\d/g, (digit) => 'ghijklmnop'.charAt(Number(digit)));

/**
 * A hand-built graph whose suggestions are known. Force A is the viewer's; B's case is shared with
 * A; H's case is hidden from A.
 *
 *   case a1 (A): P1 John Walker 1985-06-14; P3 Robert Fenwick 1979-02-20, holding phone Ph1;
 *                P5 Amira Haddad 1992-03-07; P7 Kevin Doyle and P8 Sandra Doyle, both at L1;
 *                P9 Mary Okafor 1990-05-05
 *   case b1 (B, shared with A): P2 John Waljer 1985-06-14 (a typo of P1);
 *                P4 Bob Fenwick, no date of birth, holding Ph1 (a nickname of P3);
 *                P6 Amira Haddad 1992-07-03 (P5 with day and month swapped)
 *   case h1 (H, hidden from A): P10 Mary Okafor 1990-05-05 (P9 again, but out of A's sight)
 */
const g = {
  A: uniqueForceCode(),
  B: uniqueForceCode(),
  H: uniqueForceCode(),
  a1: randomUUID(),
  b1: randomUUID(),
  h1: randomUUID(),
  Ph1: randomUUID(),
  Ph1Number: uniqueMobile(),
  L1: randomUUID(),
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`P${i + 1}`, randomUUID()])),
} as Record<string, string> & { A: string; B: string; H: string; a1: string; b1: string; h1: string; Ph1: string; L1: string };

const people: [string, string, string, string | null, string][] = [
  ['P1', 'John', `Walker${tag}`, '1985-06-14', 'a1'],
  ['P2', 'John', `Waljer${tag}`, '1985-06-14', 'b1'],
  ['P3', 'Robert', `Fenwick${tag}`, '1979-02-20', 'a1'],
  ['P4', 'Bob', `Fenwick${tag}`, null, 'b1'],
  ['P5', 'Amira', `Haddad${tag}`, '1992-03-07', 'a1'],
  ['P6', 'Amira', `Haddad${tag}`, '1992-07-03', 'b1'],
  ['P7', 'Kevin', `Doyle${tag}`, '1960-01-05', 'a1'],
  ['P8', 'Sandra', `Doyle${tag}`, '1962-09-11', 'a1'],
  ['P9', 'Mary', `Okafor${tag}`, '1990-05-05', 'a1'],
  ['P10', 'Mary', `Okafor${tag}`, '1990-05-05', 'h1'],
];

beforeAll(async () => {
  await db.write(
    cypher(
      `MERGE (fa:Force {code: $g.A}) MERGE (fb:Force {code: $g.B}) MERGE (fh:Force {code: $g.H})
       CREATE (a1:Case {id: $g.a1, reference: $g.A + '-1', force: $g.A, classification: 'OFFICIAL', caveats: [], crimeTypes: ['Drugs'], openedAt: datetime()})-[:OWNED_BY]->(fa)
       CREATE (b1:Case {id: $g.b1, reference: $g.B + '-1', force: $g.B, classification: 'OFFICIAL', caveats: [], crimeTypes: ['Drugs'], openedAt: datetime()})-[:OWNED_BY]->(fb)
       CREATE (h1:Case {id: $g.h1, reference: $g.H + '-1', force: $g.H, classification: 'OFFICIAL', caveats: [], crimeTypes: ['Drugs'], openedAt: datetime()})-[:OWNED_BY]->(fh)
       CREATE (b1)-[:SHARED_WITH {reason: 'test', by: 't', at: datetime()}]->(fa)
       WITH a1, b1, h1
       UNWIND $people AS person
       CREATE (p:Person {id: person.id, forenames: person.forenames, surname: person.surname, nameKey: person.nameKey, dateOfBirth: person.dateOfBirth,
                         dateOfBirthPrecision: CASE WHEN person.dateOfBirth IS NULL THEN null ELSE 'DAY' END})
       WITH a1, b1, h1, p, person, CASE person.caseKey WHEN 'a1' THEN a1 WHEN 'b1' THEN b1 ELSE h1 END AS c
       CREATE (p)-[:INVOLVED_IN {role: 'SUSPECT', since: datetime()}]->(c)`,
      {
        g,
        people: people.map(([key, forenames, surname, dateOfBirth, caseKey]) => ({
          id: g[key],
          forenames,
          surname,
          nameKey: nameKey(forenames, surname),
          dateOfBirth,
          caseKey,
        })),
      },
    ),
  );
  await db.write(
    cypher(
      `MATCH (a1:Case {id: $g.a1}), (b1:Case {id: $g.b1})
       MATCH (p3:Person {id: $g.P3}), (p4:Person {id: $g.P4}), (p7:Person {id: $g.P7}), (p8:Person {id: $g.P8})
       CREATE (ph1:Phone {id: $g.Ph1, number: $g.Ph1Number})
       CREATE (ph1)-[:SEEN_IN]->(a1), (ph1)-[:SEEN_IN]->(b1)
       CREATE (p3)-[:HAS_PHONE {caseId: $g.a1}]->(ph1), (p4)-[:HAS_PHONE {caseId: $g.b1}]->(ph1)
       CREATE (l1:Location {id: $g.L1, addressKey: $g.L1, postcode: 'M1 1AA', postcodeArea: 'M', postcodeDistrict: 'M1', postcodeSector: 'M1 1'})
       CREATE (l1)-[:RECORDED_IN {line1: '1 Household Row', town: 'Manchester', at: datetime(), recordedBy: 't'}]->(a1)
       CREATE (p7)-[:HAS_ADDRESS {caseId: $g.a1, since: datetime(), recordedBy: 't'}]->(l1),
              (p8)-[:HAS_ADDRESS {caseId: $g.a1, since: datetime(), recordedBy: 't'}]->(l1)`,
      { g },
    ),
  );
});

const viewerA = () => officerOf(g.A);
const pair = (a: string, b: string) => pairKey(g[a]!, g[b]!);
const decisions = async (key: string) =>
  (await driver.executeQuery('MATCH (d:MatchDecision {pair: $key}) RETURN d.outcome AS outcome, d.reason AS reason', { key })).records.map((r) => r.toObject());

describe('match suggestions on a real Neo4j', { timeout: 120_000 }, () => {
  it('suggests the typo, nickname and swapped pairs, best first with their reasons; never a household or a hidden person', async () => {
    const { service, audit } = serviceFor(viewerA());
    const answer = await service.suggestions({ caseIds: [g.a1], hops: 0 }, null, null);
    expect(answer.compared).toBe(6);
    expect(answer.truncated).toBe(false);
    const ties = [pair('P1', 'P2'), pair('P5', 'P6')].sort();
    expect(answer.suggestions.map((s) => s.id)).toEqual([...ties, pair('P3', 'P4')]);
    const byId = new Map(answer.suggestions.map((s) => [s.id, s]));

    const typo = byId.get(pair('P1', 'P2'));
    expect(typo?.score).toBe(0.9);
    expect(typo?.reasons.map((r) => r.kind)).toEqual(['SURNAME_TYPO', 'SAME_DATE_OF_BIRTH']);
    // Said of the two in id order.
    const [first, second] = g.P1! < g.P2! ? ['Walker', 'Waljer'] : ['Waljer', 'Walker'];
    expect(typo?.reasons[0]?.detail).toBe(`${first}${tag} and ${second}${tag} differ by one slip; forenames the same`);
    expect(typo?.people.map((p) => p.id)).toEqual([g.P1, g.P2].sort());
    expect(Object.fromEntries(typo?.people.map((p) => [p.id, p.forces]) ?? [])).toEqual({ [g.P1!]: [g.A], [g.P2!]: [g.B] });
    expect(typo?.decision).toBeNull();

    const nickname = byId.get(pair('P3', 'P4'));
    expect(nickname?.reasons.map((r) => r.kind)).toEqual(['NICKNAME', 'DATE_OF_BIRTH_MISSING', 'SHARED_PHONE']);
    expect(nickname?.score).toBe(0.755);

    const swapped = byId.get(pair('P5', 'P6'));
    expect(swapped?.reasons.map((r) => r.kind)).toEqual(['SAME_NAME', 'DATE_OF_BIRTH_SWAPPED']);

    const text = JSON.stringify(answer);
    for (const hidden of [g.P10, g.h1, g.H]) expect(text).not.toContain(hidden);
    expect(text).not.toContain(g.P8);
    // Each person shown is consulted; B's people are another force's data, read with the purpose given.
    const [consulted] = audit.drainConsultations();
    expect(consulted?.action).toBe('Query.matchSuggestions');
    expect(consulted?.records).toEqual([g.P1, g.P2, g.P3, g.P4, g.P5, g.P6].map((id) => `Person:${id}`).sort());
    expect(audit.purposeMissing).toBe(false);
  });

  it('needs a purpose to show another force’s people', async () => {
    const { service, audit } = serviceFor(viewerA(), null);
    await service.suggestions({ caseIds: [g.a1], hops: 0 }, 1, null);
    expect(audit.purposeMissing).toBe(true);
  });

  it('suggests the pair out of A’s sight to the hub, which sees H’s case', async () => {
    const hub = serviceFor(officerOf('NCA')).service;
    const answer = await hub.suggestions({ caseIds: [g.a1], hops: 0 }, 100, null);
    expect(answer.suggestions.find((s) => s.id === pair('P9', 'P10'))?.reasons.map((r) => r.kind)).toEqual(['SAME_NAME', 'SAME_DATE_OF_BIRTH']);
    expect(answer.suggestions.find((s) => s.id === pair('P9', 'P10'))?.score).toBe(1);
  });

  it('takes a decision out of the open queue, shows it when decided ones are asked for, and replaces it when decided again', async () => {
    const { service } = serviceFor(viewerA());
    const decided = await service.decide({ personId: g.P2!, otherId: g.P1!, outcome: 'SAME', reason: '  Same custody photo  ' });
    expect(decided).toMatchObject({
      id: pair('P1', 'P2'),
      score: 0.9,
      decision: { outcome: 'SAME', reason: 'Same custody photo', decidedBy: 'analyst.' + g.A.toLowerCase() },
    });
    expect(decided.people.map((p) => p.id)).toEqual([g.P1, g.P2].sort());
    expect(decided.decision?.decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const open = await serviceFor(viewerA()).service.suggestions({ caseIds: [g.a1], hops: 0 }, null, false);
    expect(open.suggestions.map((s) => s.id)).not.toContain(pair('P1', 'P2'));
    expect(open.suggestions.map((s) => s.id)).toContain(pair('P3', 'P4'));

    const { service: reader, audit } = serviceFor(viewerA());
    const all = await reader.suggestions({ caseIds: [g.a1], hops: 0 }, null, true);
    expect(all.suggestions.find((s) => s.id === pair('P1', 'P2'))?.decision).toMatchObject({ outcome: 'SAME', reason: 'Same custody photo' });
    expect(all.suggestions.filter((s) => s.decision === null).map((s) => s.id)).toEqual([pair('P5', 'P6'), pair('P3', 'P4')]);
    expect(audit.drainConsultations()[0]?.records.some((r) => r.startsWith('MatchDecision:'))).toBe(true);

    await service.decide({ personId: g.P1!, otherId: g.P2!, outcome: 'DIFFERENT', reason: 'Different custody photos' });
    expect(await decisions(pair('P1', 'P2'))).toEqual([{ outcome: 'DIFFERENT', reason: 'Different custody photos' }]);

    const { records } = await driver.executeQuery(
      'MATCH (e:AuditEvent {chain: $chain, action: "Mutation.decideMatch"}) WHERE $record IN e.records RETURN e.operation AS operation, e.records AS records, e.purpose AS purpose',
      { chain, record: `Person:${g.P1}` },
    );
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.get('operation'))).toEqual(['COMBINATION', 'COMBINATION']);
    expect(records[0]?.get('records')).toEqual(expect.arrayContaining([`Person:${g.P1}`, `Person:${g.P2}`, expect.stringMatching(/^MatchDecision:/)]));
  });

  it('refuses a decision on a person the viewer may not see as if they did not exist, writing nothing', async () => {
    const { service } = serviceFor(viewerA());
    await expect(service.decide({ personId: g.P9!, otherId: g.P10!, outcome: 'SAME', reason: 'Same person' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    expect(await decisions(pair('P9', 'P10'))).toEqual([]);
  });

  it('refuses another force’s person without a purpose, a pair of one person, and a role without sight', async () => {
    await expect(serviceFor(viewerA(), null).service.decide({ personId: g.P5!, otherId: g.P6!, outcome: 'DIFFERENT', reason: 'Twins' })).rejects.toMatchObject({
      code: 'PURPOSE_REQUIRED',
    });
    expect(await decisions(pair('P5', 'P6'))).toEqual([]);
    await expect(serviceFor(viewerA()).service.decide({ personId: g.P5!, otherId: g.P5!, outcome: 'SAME', reason: 'x' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'input.otherId' },
    });
    await expect(serviceFor(officerOf(g.A, ['auditor'])).service.suggestions({ caseIds: [g.a1] }, null, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      serviceFor(officerOf(g.A, ['auditor'])).service.decide({ personId: g.P5!, otherId: g.P6!, outcome: 'SAME', reason: 'x' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
