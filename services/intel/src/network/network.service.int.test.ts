import { randomUUID } from 'node:crypto';
import { AuditedWriter, createDriver, cypher, Neo4jExecutor, type Principal } from '@crosslink/common';
import { scopeFor, testEnv, uniqueForceCode, uniqueMobile, uniqueSuffix } from '@crosslink/common/testing';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officerOf } from './viewer.testing.js';
import { NetworkDetailsService } from './network-details.service.js';
import { NetworkRepository } from './network.repository.js';
import { NetworkService } from './network.service.js';
import { ScopeReader } from './scope-reader.js';

const env = testEnv();
const driver = createDriver({ uri: env.neo4jUri, user: 'neo4j', password: env.neo4jPassword });
const db = new Neo4jExecutor(driver, 'neo4j', 'test');
const chain = `test-network-${uniqueSuffix()}`;
const repository = new NetworkRepository(db, new AuditedWriter(db, chain));
afterAll(() => driver.close());

function serviceFor(viewer: Principal, purpose: string | null = 'Network test') {
  const scope = scopeFor(viewer, { purpose, requestId: randomUUID(), chain: 'intel' });
  const network = new NetworkService(repository, scope, new ScopeReader(repository, scope));
  return { network, details: new NetworkDetailsService(repository, scope), audit: scope.audit };
}

/**
 * A hand-built graph whose answers are known. Force A is the viewer's; B's case is hidden from A;
 * C's case is shared with A; A's own TOP SECRET case is beyond the viewer's clearance.
 *
 *   case a1 (A):  P1, P2 suspects, P3 witness; P1 KNOWS P3; P1 holds phone Ph1; P1 lives at L1 ("1 Test Street")
 *   case b1 (B):  P1, P4 suspects; P4 holds Ph1; P2 KNOWS P3; records L1 as "Flat 9, 1 Test Street";
 *                 P1 lives at L2 ("2 Hidden Road")                    (hidden)
 *   case c1 (C):  P3, P5 suspects, P7 witness; P7 KNOWS P3, P7 FAMILY_REL P5   (shared with A)
 *   case a2 (A, TOP_SECRET): P2 FAMILY_REL P6, P6 in it only         (hidden)
 */
const g = {
  A: uniqueForceCode(),
  B: uniqueForceCode(),
  C: uniqueForceCode(),
  a1: randomUUID(),
  b1: randomUUID(),
  c1: randomUUID(),
  a2: randomUUID(),
  P1: randomUUID(),
  P2: randomUUID(),
  P3: randomUUID(),
  P4: randomUUID(),
  P5: randomUUID(),
  P6: randomUUID(),
  P7: randomUUID(),
  E1: randomUUID(),
  Ph1: randomUUID(),
  Ph1Number: uniqueMobile(),
  L1: randomUUID(),
  L2: randomUUID(),
};

beforeAll(async () => {
  await db.write(
    cypher(
      `MERGE (fa:Force {code: $g.A}) MERGE (fb:Force {code: $g.B}) MERGE (fc:Force {code: $g.C})
       CREATE (a1:Case {id: $g.a1, reference: $g.A + '-1', force: $g.A, classification: 'OFFICIAL', caveats: [], crimeTypes: ['Drugs'], openedAt: datetime('2026-01-10T00:00:00Z')})-[:OWNED_BY]->(fa)
       CREATE (b1:Case {id: $g.b1, reference: $g.B + '-1', force: $g.B, classification: 'OFFICIAL', caveats: [], crimeTypes: ['Drugs'], openedAt: datetime('2026-01-10T00:00:00Z')})-[:OWNED_BY]->(fb)
       CREATE (c1:Case {id: $g.c1, reference: $g.C + '-1', force: $g.C, classification: 'OFFICIAL', caveats: [], crimeTypes: ['Modern slavery'], openedAt: datetime('2026-03-10T00:00:00Z')})-[:OWNED_BY]->(fc)
       CREATE (a2:Case {id: $g.a2, reference: $g.A + '-2', force: $g.A, classification: 'TOP_SECRET', caveats: [], crimeTypes: ['Drugs'], openedAt: datetime('2026-01-10T00:00:00Z')})-[:OWNED_BY]->(fa)
       CREATE (c1)-[:SHARED_WITH {reason: 'test', by: 't', at: datetime()}]->(fa)
       CREATE (p1:Person {id: $g.P1, forenames: 'Paul', surname: 'One'})
       CREATE (p2:Person {id: $g.P2, forenames: 'Pat', surname: 'Two'})
       CREATE (p3:Person {id: $g.P3, forenames: 'Pia', surname: 'Three', dateOfBirth: '2012-01-01'})
       CREATE (p4:Person {id: $g.P4, forenames: 'Hidden', surname: 'Four'})
       CREATE (p5:Person {id: $g.P5, forenames: 'Pete', surname: 'Five'})
       CREATE (p6:Person {id: $g.P6, forenames: 'Secret', surname: 'Six'})
       CREATE (p7:Person {id: $g.P7, forenames: 'Polly', surname: 'Seven', dateOfBirth: '2013'})
       CREATE (ph1:Phone {id: $g.Ph1, number: $g.Ph1Number})
       CREATE (l1:Location {id: $g.L1, addressKey: $g.L1, postcode: 'M1 1AA', postcodeArea: 'M', postcodeDistrict: 'M1', postcodeSector: 'M1 1'})
       CREATE (l2:Location {id: $g.L2, addressKey: $g.L2, postcode: 'M2 2BB', postcodeArea: 'M', postcodeDistrict: 'M2', postcodeSector: 'M2 2'})
       CREATE (l1)-[:RECORDED_IN {line1: '1 Test Street', town: 'Manchester', latitude: 53.48, longitude: -2.24, forceArea: $g.A,
                                  at: datetime('2026-01-10T00:00:00Z'), recordedBy: 't'}]->(a1)
       CREATE (l1)-[:RECORDED_IN {line1: 'Flat 9, 1 Test Street', town: 'Manchester', at: datetime('2026-01-11T00:00:00Z'), recordedBy: 't'}]->(b1)
       CREATE (l2)-[:RECORDED_IN {line1: '2 Hidden Road', town: 'Manchester', at: datetime('2026-01-11T00:00:00Z'), recordedBy: 't'}]->(b1)
       CREATE (p1)-[:INVOLVED_IN {role: 'SUSPECT'}]->(a1), (p2)-[:INVOLVED_IN {role: 'SUSPECT'}]->(a1), (p3)-[:INVOLVED_IN {role: 'WITNESS'}]->(a1)
       CREATE (p1)-[:KNOWS {caseId: $g.a1}]->(p3)
       CREATE (ph1)-[:SEEN_IN]->(a1), (p1)-[:HAS_PHONE {caseId: $g.a1}]->(ph1), (p1)-[:HAS_ADDRESS {caseId: $g.a1, since: datetime(), recordedBy: 't'}]->(l1)
       CREATE (p1)-[:INVOLVED_IN {role: 'SUSPECT'}]->(b1), (p4)-[:INVOLVED_IN {role: 'SUSPECT'}]->(b1)
       CREATE (ph1)-[:SEEN_IN]->(b1), (p4)-[:HAS_PHONE {caseId: $g.b1}]->(ph1), (p2)-[:KNOWS {caseId: $g.b1}]->(p3)
       CREATE (p1)-[:HAS_ADDRESS {caseId: $g.b1, since: datetime(), recordedBy: 't'}]->(l2)
       CREATE (p3)-[:INVOLVED_IN {role: 'SUSPECT'}]->(c1), (p5)-[:INVOLVED_IN {role: 'SUSPECT'}]->(c1), (p7)-[:INVOLVED_IN {role: 'WITNESS'}]->(c1)
       CREATE (p7)-[:KNOWS {caseId: $g.c1}]->(p3), (p7)-[:FAMILY_REL {caseId: $g.c1, relation: 'SIBLING'}]->(p5)
       CREATE (:Event {id: $g.E1, kind: 'SIGHTING', description: 'Line seen', occurredAt: datetime('2026-02-01T10:00:00Z'), precision: 'EXACT'})-[:ON_CASE]->(a1)
       CREATE (p2)-[:INVOLVED_IN {role: 'SUSPECT'}]->(a2), (p6)-[:INVOLVED_IN {role: 'SUSPECT'}]->(a2), (p2)-[:FAMILY_REL {caseId: $g.a2, relation: 'SIBLING'}]->(p6)`,
      { g },
    ),
  );
});

const viewerA = () => officerOf(g.A);
const hiddenIds = () => [g.P4, g.P6, g.b1, g.a2, g.L2];
/** What only hidden case b1 says of the places it records. */
const hiddenClaims = ['Flat 9', '2 Hidden Road', 'M2 2BB'];
const edgeNames = (edges: readonly { kind: string; from: string; to: string }[]) => {
  const name = new Map(Object.entries(g).map(([k, v]) => [v, k]));
  return edges.map((e) => [e.kind, ...[name.get(e.from), name.get(e.to)].sort()].join(' ')).sort();
};

// The first statements of each shape are planned on first use, which is slow on a busy machine.
describe('network analysis on a real Neo4j', { timeout: 120_000 }, () => {
  it('expands one hop from a person: visible links with their cases, hidden ones as markers only', async () => {
    const { network, audit } = serviceFor(viewerA());
    const answer = await network.network({ seeds: [{ kind: 'PERSON', id: g.P1 }], hops: 1 }, null, null);
    expect(answer.nodes.map((n) => n.id).sort()).toEqual([g.P1, g.P2, g.P3, g.Ph1, g.L1].sort());
    expect(edgeNames(answer.edges)).toEqual(['CO_OFFENDING P1 P2', 'HOLDS_PHONE P1 Ph1', 'KNOWS P1 P3', 'LIVES_AT L1 P1']);
    expect(answer.edges.find((e) => e.kind === 'KNOWS')).toMatchObject({ caseId: g.a1, caseReference: `${g.A}-1`, force: g.A });
    // The address is asserted in a1, which ties P1 to it; b1's tie to L2 is withheld with the rest of b1.
    expect(answer.edges.find((e) => e.kind === 'LIVES_AT')).toMatchObject({ caseId: g.a1, caseReference: `${g.A}-1`, force: g.A });
    expect(answer.nodes.find((n) => n.id === g.L1)?.label).toBe('1 Test Street, M1 1AA');
    expect(
      answer.withheld
        .find((m) => m.force === g.B)
        ?.touches.slice()
        .sort(),
    ).toEqual([g.P1, g.P2, g.P3, g.Ph1].sort());
    expect(answer.withheld.find((m) => m.force === g.A)?.touches).toEqual([g.P2]);
    expect(answer.truncated).toBe(false);
    const text = JSON.stringify(answer);
    for (const id of hiddenIds()) expect(text).not.toContain(id);
    expect(text).not.toContain('Hidden');
    expect(text).not.toContain('SIBLING');
    for (const claim of hiddenClaims) expect(text).not.toContain(claim);
    const [consulted] = audit.drainConsultations();
    expect(consulted?.records).toEqual(expect.arrayContaining([`Person:${g.P1}`, `Phone:${g.Ph1}`, `Location:${g.L1}`, `Case:${g.a1}`]));
  });

  it('reaches another force’s shared case on the second hop, which then needs a purpose', async () => {
    const { network, audit } = serviceFor(viewerA(), null);
    const answer = await network.network({ seeds: [{ kind: 'PERSON', id: g.P1 }], hops: 2 }, null, null);
    expect(answer.nodes.map((n) => n.id)).toContain(g.P5);
    expect(answer.edges.find((e) => e.to === g.P5 || e.from === g.P5)).toMatchObject({ kind: 'CO_OFFENDING', caseId: g.c1, force: g.C });
    expect(audit.purposeMissing).toBe(true);
  });

  it('follows only the link kinds asked for', async () => {
    const { network } = serviceFor(viewerA());
    const answer = await network.network({ seeds: [{ kind: 'PERSON', id: g.P1 }], hops: 2 }, ['KNOWS', 'HOLDS_PHONE'], null);
    expect(edgeNames(answer.edges)).toEqual(['HOLDS_PHONE P1 Ph1', 'KNOWS P1 P3', 'KNOWS P3 P7']);
  });

  it('stops at the limit and says so', async () => {
    const { network } = serviceFor(viewerA());
    const answer = await network.network({ seeds: [{ kind: 'PERSON', id: g.P1 }], hops: 2 }, null, 3);
    expect(answer.nodes).toHaveLength(3);
    expect(answer.truncated).toBe(true);
    expect(answer.size).toEqual({ nodes: 3, edges: answer.edges.length, truncated: true });
  });

  it('returns nothing for a seed the viewer may not see', async () => {
    const { network } = serviceFor(viewerA());
    const answer = await network.network({ seeds: [{ kind: 'PERSON', id: g.P4 }], hops: 2 }, null, null);
    expect(answer).toMatchObject({ nodes: [], edges: [], withheld: [] });
  });

  it('filters links by the cases asserting them', async () => {
    const { network } = serviceFor(viewerA());
    const answer = await network.network({ seeds: [{ kind: 'PERSON', id: g.P3 }], hops: 1, filter: { crimeTypes: ['Modern slavery'] } }, null, null);
    expect(edgeNames(answer.edges)).toEqual(['CO_OFFENDING P3 P5', 'FAMILY_REL P5 P7', 'KNOWS P3 P7']);
  });

  it('finds the shortest visible chain, never a shorter one through a hidden case', async () => {
    const { network } = serviceFor(viewerA());
    const found = await network.paths({ kind: 'PERSON', id: g.P2 }, { kind: 'PERSON', id: g.P5 }, 6, null, null);
    expect(found.hops).toBe(3);
    expect(found.paths).toHaveLength(1);
    expect(found.paths[0]?.nodes.map((n) => n.id)).toEqual([g.P2, g.P1, g.P3, g.P5]);
    expect(found.paths[0]?.steps.map((s) => s.links.map((l) => `${l.kind}:${l.caseId === g.c1 ? 'c1' : 'a1'}`))).toEqual([
      ['CO_OFFENDING:a1'],
      ['KNOWS:a1'],
      ['CO_OFFENDING:c1'],
    ]);
    // The hub, which sees B's case, finds the two-hop chain through it.
    const hub = serviceFor(officerOf('NCA'));
    expect((await hub.network.paths({ kind: 'PERSON', id: g.P2 }, { kind: 'PERSON', id: g.P5 }, 6, null, null)).hops).toBe(2);
  });

  it('refuses a path to a record the viewer may not see, as if it did not exist', async () => {
    const { network } = serviceFor(viewerA());
    await expect(network.paths({ kind: 'PERSON', id: g.P1 }, { kind: 'PERSON', id: g.P4 }, 4, null, null)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'to' },
    });
  });

  it('ranks the key player of a case scope and reports the scope size', async () => {
    const { network } = serviceFor(viewerA());
    const answer = await network.keyPlayers({ caseIds: [g.a1], hops: 1 }, 'DEGREE', 1, null, null);
    expect(answer.players).toEqual([expect.objectContaining({ node: expect.objectContaining({ id: g.P1 }), score: 4, rank: 1 })]);
    expect(answer.size.nodes).toBe(7);
  });

  it('groups the records of a scope, every record in exactly one group', async () => {
    const { network } = serviceFor(viewerA());
    const answer = await network.communities({ caseIds: [g.a1, g.c1], hops: 1 }, null, null);
    const members = answer.groups.flatMap((group) => group.members.map((m) => m.id));
    expect(members.slice().sort()).toEqual([g.P1, g.P2, g.P3, g.P5, g.P7, g.Ph1, g.L1].sort());
    expect(new Set(members).size).toBe(members.length);
  });

  it('lets only the hub take everything it sees as a scope', async () => {
    await expect(serviceFor(viewerA()).network.network({ everything: true }, null, 10)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const hub = await serviceFor(officerOf('NCA')).network.network({ everything: true, hops: 0, filter: { forces: [g.B] } }, null, 100);
    expect(hub.nodes.map((n) => n.id).sort()).toEqual([g.P1, g.P4].sort());
  });

  it('finds the person exposed through suspects among family and friends', async () => {
    const { network } = serviceFor(viewerA());
    const found = await network.peopleAtRisk({ caseIds: [g.c1], hops: 0 }, null, null);
    expect(found.exposed.map((p) => [p.node.id, p.flags, p.offenderContacts.map((c) => c.node.id).sort()])).toEqual([[g.P7, ['CHILD'], [g.P3, g.P5].sort()]]);
  });

  it('maps a deal line from its phone: controller, child runner, forces, timeline — hidden holders only as their force', async () => {
    const { network, audit } = serviceFor(viewerA());
    const line = await network.countyLine(g.Ph1);
    expect(line.cases.map((c) => c.id)).toEqual([g.a1]);
    expect(line.forces).toEqual([g.A, g.B]);
    expect(line.withheldForces).toEqual([g.B]);
    expect(line.controllers.map((m) => m.person.id)).toEqual([g.P1]);
    expect(line.runners.map((m) => [m.person.id, m.child])).toEqual([[g.P3, true]]);
    expect(line.timeline.map((e) => e.id)).toEqual([g.E1]);
    // P1's address is a1's: L1 as a1 describes it, and never the L2 that only hidden b1 gives P1.
    expect(line.controllers[0]?.person.addresses).toEqual([
      { id: g.L1, postcode: 'M1 1AA', line1: '1 Test Street', town: 'Manchester', latitude: 53.48, longitude: -2.24, forceArea: g.A },
    ]);
    const text = JSON.stringify(line);
    for (const id of hiddenIds()) expect(text).not.toContain(id);
    for (const claim of hiddenClaims) expect(text).not.toContain(claim);
    expect(audit.drainConsultations()[0]?.records).toEqual(expect.arrayContaining([`Phone:${g.Ph1}`, `Person:${g.P1}`, `Case:${g.a1}`, `Event:${g.E1}`]));
    // The hub sees B's case too: the line's second holder is a controller there.
    const hub = await serviceFor(officerOf('NCA')).network.countyLine(g.Ph1);
    expect(hub.controllers.map((m) => m.person.id).sort()).toEqual([g.P1, g.P4].sort());
    // The hub sees both ties; L1 is shown as its earliest visible claim, a1's.
    expect(hub.controllers.find((m) => m.person.id === g.P1)?.person.addresses.map((a) => [a.id, a.line1])).toEqual([
      [g.L1, '1 Test Street'],
      [g.L2, '2 Hidden Road'],
    ]);
    await expect(serviceFor(officerOf(g.C)).network.countyLine(g.Ph1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a network’s places and cases for a map and a timeline, read again under the viewer’s sight', async () => {
    const { network, details, audit } = serviceFor(viewerA());
    const answer = await network.network({ seeds: [{ kind: 'PERSON', id: g.P1 }], hops: 2 }, null, null);
    audit.drainConsultations();
    // L1 as a1 describes it, with a1's coordinates; never as hidden b1 records it.
    const places = await details.placesOf(answer);
    expect(places).toEqual([{ id: g.L1, postcode: 'M1 1AA', line1: '1 Test Street', town: 'Manchester', latitude: 53.48, longitude: -2.24, forceArea: g.A }]);
    for (const claim of hiddenClaims) expect(JSON.stringify(places)).not.toContain(claim);
    // a1 (January) asserts P1's links, shared c1 (March) those reached on the second hop.
    const cases = await details.casesOf(answer);
    expect(cases.map((c) => c.id)).toEqual([g.a1, g.c1]);
    expect(cases[0]).toMatchObject({ reference: `${g.A}-1`, force: g.A, crimeTypes: ['Drugs'], openedAt: expect.stringMatching(/^2026-01-10T/) });
    // E1 is a1's sighting; nothing else in view has events.
    const events = await details.eventsOf(answer);
    expect(events.map((e) => [e.id, e.caseId, e.force, e.kind])).toEqual([[g.E1, g.a1, g.A, 'SIGHTING']]);
    expect(events[0]?.occurredAt).toMatch(/^2026-02-01T10:00/);
    const consulted = audit.drainConsultations();
    // Both are consulted under the query that answered the network.
    expect(consulted.map((e) => e.action)).toEqual(expect.arrayContaining(['Query.network']));
    expect(consulted.every((e) => e.action === 'Query.network')).toBe(true);
    expect(consulted.flatMap((e) => e.records).sort()).toEqual([`Case:${g.a1}`, `Case:${g.c1}`, `Event:${g.E1}`, `Location:${g.L1}`].sort());
    // Ids of hidden records slipped into a network are still refused: L2 and b1 are B's, a2 beyond clearance.
    const slipped = {
      nodes: [...answer.nodes, { id: g.L2, kind: 'LOCATION' as const, label: '', foreign: true }],
      edges: [
        ...answer.edges,
        { kind: 'KNOWS' as const, from: g.P2, to: g.P3, caseId: g.b1, caseReference: null, force: g.B },
        { kind: 'FAMILY_REL' as const, from: g.P2, to: g.P6, caseId: g.a2, caseReference: null, force: g.A },
      ],
    };
    expect((await details.placesOf(slipped)).map((p) => p.id)).toEqual([g.L1]);
    expect((await details.casesOf(slipped)).map((c) => c.id)).toEqual([g.a1, g.c1]);
    // C sees its own case but neither A's case nor the place only A's and B's cases record.
    const other = serviceFor(officerOf(g.C)).details;
    expect(await other.placesOf(answer)).toEqual([]);
    expect((await other.casesOf(answer)).map((c) => c.id)).toEqual([g.c1]);
    expect(await other.eventsOf(answer)).toEqual([]);
    expect(await details.casesOf({ edges: [] })).toEqual([]);
  });

  it('counts hotspots and statistics over visible cases only', async () => {
    const { network } = serviceFor(viewerA());
    const own = await network.hotspots({ forces: [g.A, g.B] }, 10);
    expect(own.map((h) => [h.location.id, h.cases, h.forces])).toEqual([[g.L1, 1, [g.A]]]);
    expect(own[0]?.location).toMatchObject({
      line1: '1 Test Street',
      town: 'Manchester',
      postcode: 'M1 1AA',
      postcodeDistrict: 'M1',
      forceArea: g.A,
      foreign: false,
    });
    for (const claim of hiddenClaims) expect(JSON.stringify(own)).not.toContain(claim);
    // The hub counts each place in every case recording it: L1 in a1 and b1, L2 in b1 alone.
    const hub = serviceFor(officerOf('NCA')).network;
    expect((await hub.hotspots({ forces: [g.A, g.B] }, 10)).map((h) => [h.location.id, h.cases, [...h.forces].sort()])).toEqual([
      [g.L1, 2, [g.A, g.B].sort()],
      [g.L2, 1, [g.B]],
    ]);
    const byForce = await network.crimeStatistics(['FORCE'], { forces: [g.A, g.B, g.C] });
    expect(byForce.map((r) => [r.force, r.cases]).sort()).toEqual(
      [
        [g.A, 1],
        [g.C, 1],
      ].sort(),
    );
    const byType = await network.crimeStatistics(['CRIME_TYPE', 'FORCE'], { forces: [g.A, g.C] });
    expect(byType.map((r) => [r.crimeType, r.force, r.cases]).sort()).toEqual(
      [
        ['Drugs', g.A, 1],
        ['Modern slavery', g.C, 1],
      ].sort(),
    );
    expect(byType.every((r) => r.month === null && r.postcodeDistrict === null)).toBe(true);
  });

  it('exports a scope as GraphML for its recipients, audited as one disclosure naming every record', async () => {
    const { network } = serviceFor(viewerA());
    const exported = await network.exportNetwork({
      scope: { seeds: [{ kind: 'PERSON', id: g.P1 }], hops: 1 },
      format: 'GRAPHML',
      recipients: ['CPS North West'],
    });
    const [file] = exported.files;
    expect(file).toMatchObject({ name: 'network.graphml', mediaType: 'application/graphml+xml' });
    expect(XMLValidator.validate(file!.content)).toBe(true);
    const graph = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(file!.content).graphml.graph;
    expect(graph.node.map((n: { id: string }) => n.id).sort()).toEqual([g.P1, g.P2, g.P3, g.Ph1, g.L1].sort());
    expect(graph.edge).toHaveLength(4);
    for (const id of hiddenIds()) expect(file!.content).not.toContain(id);
    // Markers stay out of what leaves Crosslink; the answer only counts them.
    expect(exported.withheld).toBe(2);
    expect(file!.content).not.toContain(g.B);
    const { records } = await driver.executeQuery(
      'MATCH (e:AuditEvent {chain: $chain, action: "Mutation.exportNetwork"}) WHERE $record IN e.records RETURN e.operation AS operation, e.recipients AS recipients, e.records AS records, e.purpose AS purpose',
      { chain, record: `Person:${g.P1}` },
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.toObject()).toEqual({ operation: 'DISCLOSURE', recipients: ['CPS North West'], records: exported.records, purpose: 'Network test' });
    expect(exported.records).toEqual(expect.arrayContaining([`Person:${g.P1}`, `Phone:${g.Ph1}`, `Location:${g.L1}`, `Case:${g.a1}`]));
  });

  it('exports an ANX chart whose items carry the analyst’s 3x5x2 grade and their case references', async () => {
    const { network } = serviceFor(viewerA());
    const grading = { sourceEvaluation: 2, assessment: 'B', handlingCode: 'C', handlingConditions: 'Not for court without the owning force' };
    const exported = await network.exportNetwork({ scope: { caseIds: [g.a1], hops: 0 }, format: 'ANX', recipients: ['HMRC'], grading });
    const content = exported.files[0]!.content;
    expect(XMLValidator.validate(content)).toBe(true);
    const chart = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(content).Chart;
    const items: {
      Label: string;
      GradeOneIndex: string;
      GradeTwoIndex: string;
      GradeThreeIndex: string;
      SourceReference?: string;
      End?: unknown;
      Link?: { End1Id: string; End2Id: string };
    }[] = chart.ChartItemCollection.ChartItem;
    const entities = items.filter((item) => item.End !== undefined);
    const links = items.filter((item) => item.Link !== undefined);
    expect(entities.map((item) => item.Label).sort()).toEqual(['Pat Two', 'Paul One', 'Pia Three']);
    expect(links.every((link) => link.SourceReference === `${g.A}-1`)).toBe(true);
    expect(items.every((item) => [item.GradeOneIndex, item.GradeTwoIndex, item.GradeThreeIndex].join() === '1,1,1')).toBe(true);
    expect(chart.GradeTwo.StringCollection.String[1]).toMatch(/^B /);
    expect(chart.Summary.Comments).toContain('Not for court without the owning force');
  });

  it('refuses an export without a purpose, to a detective, with an ANX chart ungraded, or of nothing visible', async () => {
    const scope = { seeds: [{ kind: 'PERSON' as const, id: g.P1 }], hops: 1 };
    const counted = 'MATCH (e:AuditEvent {chain: $chain, action: "Mutation.exportNetwork"}) RETURN count(e) AS n';
    const exports = async () => Number((await driver.executeQuery(counted, { chain })).records[0]!.get('n'));
    const before = await exports();
    await expect(serviceFor(viewerA(), null).network.exportNetwork({ scope, format: 'CSV', recipients: ['CPS'] })).rejects.toMatchObject({
      code: 'PURPOSE_REQUIRED',
    });
    await expect(serviceFor(officerOf(g.A, ['detective'])).network.exportNetwork({ scope, format: 'CSV', recipients: ['CPS'] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(serviceFor(viewerA()).network.exportNetwork({ scope, format: 'ANX', recipients: ['CPS'] })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'input.grading' },
    });
    await expect(
      serviceFor(viewerA()).network.exportNetwork({ scope: { seeds: [{ kind: 'PERSON', id: g.P4 }], hops: 1 }, format: 'CSV', recipients: ['CPS'] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', details: { field: 'input.scope' } });
    expect(await exports()).toBe(before);
  });

  it('refuses roles without network sight', async () => {
    await expect(serviceFor(officerOf(g.A, ['auditor'])).network.network({ caseIds: [g.a1] }, null, null)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
