import { cypher } from '@crosslink/common';
import { testExecutor } from '@crosslink/common/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportTarget } from '../run/import-format.js';
import type { Importer } from '../run/import-run.js';
import { testImport } from '../run/importer.fixture.testing.js';
import { importBundle } from './bundle-import.js';
import { poleBundle, rejectsOf } from './pole.fixture.testing.js';

// A POLE bundle imported into a force of the test's own, on the test stack's Neo4j.
const { db, close } = testExecutor();
afterAll(close);

let importer: Importer;
let target: ImportTarget;
let chain: string;

beforeEach(async () => {
  ({ importer, target, chain } = await testImport(db));
});

const one = async (text: string, params: Record<string, unknown>) => (await db.read(cypher(text, params)))[0] ?? {};

describe('importing a neo4j-admin bundle with the POLE mapping', () => {
  it('writes crimes as cases and the rest into the force’s nominal index, with every bad row rejected by line and reason', async () => {
    const bundle = poleBundle();
    const report = await importBundle(importer, { dir: bundle.dir, target, dryRun: false, batchSize: 2, source: null });

    const byFile = Object.fromEntries(report.files.map((r) => [r.file.split('.').slice(-2, -1)[0], [r.rows, r.created, r.rejected]]));
    expect(byFile).toEqual({
      Crime: [4, 2, 2],
      Person: [5, 3, 2],
      Location: [2, 1, 1],
      Phone: [2, 2, 0],
      Email: [2, 1, 1],
      Vehicle: [1, 1, 0],
      PARTY_TO: [4, 2, 2],
      OCCURRED_AT: [1, 1, 0],
      CURRENT_ADDRESS: [2, 2, 0],
      HAS_PHONE: [2, 2, 0],
      HAS_EMAIL: [2, 1, 1],
      INVOLVED_IN: [1, 1, 0],
      FAMILY_REL: [1, 1, 0],
      KNOWS_LW: [1, 1, 0],
    });
    expect(report.notImported.map((n) => n.file).sort()).toEqual(['pole.nodes.Area.csv', 'pole.relationships.LOCATION_IN_AREA.csv']);
    expect(rejectsOf(bundle.dir, 'nodes.Crime')).toEqual(['3,INVALID_VALUE,date', '4,INVALID_VALUE,type']);
    expect(rejectsOf(bundle.dir, 'nodes.Person')).toEqual(['4,MISSING_VALUE,surname', '5,DUPLICATE_ID,:ID']);
    expect(rejectsOf(bundle.dir, 'nodes.Location')).toEqual(['3,INVALID_VALUE,postcode']);
    expect(rejectsOf(bundle.dir, 'relationships.PARTY_TO')).toEqual(['4,UNKNOWN_ID,:END_ID', '5,INVALID_VALUE,:START_ID']);

    const source = `neo4j-admin:${target.force}:pole`;
    // The crime: a case of the force, its suspect, its place and the vehicle seen in it.
    const crime = await one(
      `MATCH (c:Case {sourceKey: $key})-[:OWNED_BY]->(:Force {code: $force})
       RETURN c.crimeTypes AS types, c.status AS status, toString(c.openedAt) AS opened,
         [(p:Person)-[r:INVOLVED_IN]->(c) | p.forenames + ':' + r.role] AS people,
         [(l:Location)-[s:RECORDED_IN]->(c) | s.line1 + ' ' + s.postcode] AS places,
         [(v:Vehicle)-[s:SEEN_IN]->(c) | v.vrm + ' ' + s.make + ' ' + s.model] AS vehicles,
         [(p:Person)-[:HAS_PHONE {caseId: c.id}]->(t:Phone)-[:SEEN_IN]->(c) | p.forenames + ' ' + t.number] AS phones`,
      { key: `${source}:c1`, force: target.force },
    );
    expect(crime).toEqual({
      types: ['DRUGS'],
      status: 'OPEN',
      opened: '2017-08-24T00:00:00Z',
      people: ['Amelia:SUSPECT'],
      places: [`${bundle.line1} M1 1AE`],
      vehicles: [`${bundle.vrm.replace(' ', '')} Ford Focus`],
      phones: [`Amelia +44${bundle.phone.replace(/\s/g, '').slice(1)}`],
    });
    // The people, in the nominal index, with their address, phones (one kept as written) and links asserted there.
    const index = await one(
      `MATCH (h:Case {sourceKey: $key})
       RETURN h.force AS force, h.status AS status,
         [(p:Person)-[:INVOLVED_IN {role: 'ASSOCIATE'}]->(h) | p.forenames] AS people,
         [(p:Person)-[:HAS_PHONE {caseId: h.id}]->(t:Phone) | p.forenames + ' ' + t.number + ' ' + coalesce(t.unnormalised, false)] AS phones,
         [(p:Person)-[:HAS_ADDRESS {caseId: h.id}]->(l:Location) | p.forenames + ' ' + l.postcode] AS addresses,
         [(a:Person)-[k:FAMILY_REL|LIVES_WITH {caseId: h.id}]->(b:Person) | type(k) + ' ' + a.forenames + ' ' + b.forenames + ' ' + coalesce(k.relation, '')] AS links`,
      { key: `${source}:nominal-index` },
    );
    const e164 = `+44${bundle.phone.replace(/\s/g, '').slice(1)}`;
    expect(index['force']).toBe(target.force);
    expect([...(index['people'] as string[])].sort()).toEqual(['Amelia', 'Bradley', 'Eve']);
    expect([...(index['phones'] as string[])].sort()).toEqual([`Amelia ${e164} false`, 'Bradley 0-(070)893-3322 true']);
    expect([...(index['addresses'] as string[])].sort()).toEqual(['Amelia M1 1AE', 'Bradley M1 1AE']);
    expect([...(index['links'] as string[])].sort()).toEqual(['FAMILY_REL Amelia Bradley SIBLING', 'LIVES_WITH Amelia Bradley ']);
    // The county-lines crime's runner: involved as a suspect, the default role.
    const runner = await one(`MATCH (p:Person {sourceKey: $key})-[r:INVOLVED_IN]->(c:Case {sourceKey: $crime}) RETURN r.role AS role`, {
      key: `${source}:p2`,
      crime: `${source}:c4`,
    });
    expect(runner).toEqual({ role: 'SUSPECT' });
  });

  it('changes nothing and audits nothing when the bundle is imported again', async () => {
    const bundle = poleBundle();
    await importBundle(importer, { dir: bundle.dir, target, dryRun: false, batchSize: 100, source: null });
    const count = () =>
      one(
        `MATCH (a:AuditEvent {chain: $chain}) WITH count(a) AS events
         MATCH (c:Case {force: $force}) WITH events, count(c) AS cases
         OPTIONAL MATCH (p:Person)-[r]-() WHERE p.sourceKey STARTS WITH $source
         RETURN events, cases, count(r) AS ties`,
        { chain, force: target.force, source: `neo4j-admin:${target.force}:` },
      );
    const before = await count();
    expect(before['events']).toBeGreaterThan(0);
    const again = await importBundle(importer, { dir: bundle.dir, target, dryRun: false, batchSize: 100, source: null });
    expect(again.files.every((r) => r.created === 0)).toBe(true);
    expect(await count()).toEqual(before);
  });

  it('keeps two sources apart when their :IDs overlap', async () => {
    const first = poleBundle();
    const second = poleBundle();
    await importBundle(importer, { dir: first.dir, target, dryRun: false, batchSize: 100, source: 'first' });
    await importBundle(importer, { dir: second.dir, target, dryRun: false, batchSize: 100, source: 'second' });
    const people = await one('MATCH (p:Person) WHERE p.sourceKey STARTS WITH $prefix RETURN count(p) AS n', { prefix: `neo4j-admin:${target.force}:` });
    expect(people['n']).toBe(6);
  });
});
