import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher } from '@crosslink/common';
import { testExecutor } from '@crosslink/common/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportTarget } from '../run/import-format.js';
import type { Importer } from '../run/import-run.js';
import { testImport } from '../run/importer.fixture.testing.js';
import { nominalFormat, type NominalCase } from './nominal.format.js';
import { nominalList } from './nominal.fixture.testing.js';

// A nominal list imported into a case of a force of the test's own, on the test stack's Neo4j.
const { db, close } = testExecutor();
afterAll(close);

let importer: Importer;
let target: ImportTarget;
let chain: string;
let named: NominalCase;

beforeEach(async () => {
  ({ importer, target, chain } = await testImport(db));
  named = { id: randomUUID(), reference: `${target.force}-2026-00001` };
  await db.write(
    cypher(
      `MATCH (f:Force {code: $force})
       CREATE (:Case {id: $id, reference: $reference, force: $force, title: 'Operation Lantern nominals', status: 'OPEN', crimeTypes: ['COUNTY_LINES'],
         classification: 'OFFICIAL', caveats: [], createdAt: datetime(), createdBy: 'test'})-[:OWNED_BY]->(f)`,
      { ...named, force: target.force },
    ),
  );
});

function listFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'crosslink-nominal-')), 'nominals.csv');
  writeFileSync(path, text);
  return path;
}

const one = async (text: string, params: Record<string, unknown>) => (await db.read(cypher(text, params)))[0] ?? {};

describe('importing a nominal list into a case', () => {
  it('records each person in the case in their role, with their phones, e-mail address, vehicle and address, and rejects the rest by line and reason', async () => {
    const list = nominalList();
    const path = listFile(list.text);
    const report = await importer.import({ format: nominalFormat(named), path, target, dryRun: false, batchSize: 2 });
    expect(report).toMatchObject({ rows: 9, created: 3, present: 0, rejected: 6 });
    const rejects = readFileSync(`${path}.rejects.csv`, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').slice(0, 3).join(','));
    expect(rejects).toEqual([
      '5,DUPLICATE_ID,',
      '6,INVALID_VALUE,date_of_birth',
      '7,INVALID_VALUE,role',
      '8,INVALID_VALUE,email',
      '9,INVALID_VALUE,postcode',
      '10,MISSING_VALUE,forenames',
    ]);

    const recorded = await one(
      `MATCH (c:Case {id: $id})
       RETURN [(p:Person)-[r:INVOLVED_IN]->(c) | p.forenames + ' ' + r.role + ' ' + coalesce(p.dateOfBirth, '-') + ' ' + coalesce(p.dateOfBirthPrecision, '-')] AS people,
         [(p:Person)-[:HAS_PHONE {caseId: c.id}]->(t:Phone)-[:SEEN_IN]->(c) | p.forenames + ' ' + t.number + ' ' + coalesce(t.unnormalised, false)] AS phones,
         [(p:Person)-[:HAS_EMAIL {caseId: c.id}]->(e:EmailAddress)-[:SEEN_IN]->(c) | p.forenames + ' ' + e.address] AS emails,
         [(p:Person)-[:HAS_VEHICLE {caseId: c.id}]->(v:Vehicle)-[:SEEN_IN]->(c) | p.forenames + ' ' + v.vrm] AS vehicles,
         [(p:Person)-[:HAS_ADDRESS {caseId: c.id}]->(l:Location)-[s:RECORDED_IN]->(c) | p.forenames + ' ' + s.line1 + ' ' + l.postcode] AS addresses`,
      { id: named.id },
    );
    const sorted = (key: string) => [...(recorded[key] as string[])].sort();
    expect(sorted('people')).toEqual(['Kai SUSPECT 2009-03-14 DAY', 'Lena VICTIM 1990-07-21 DAY', 'Omar SUSPECT - -']);
    expect(sorted('phones')).toEqual([`Kai +44${list.phone.replace(/\s/g, '').slice(1)} false`, 'Lena +442079460018 false', 'Lena 0-(070)893-3322 true']);
    expect(sorted('emails')).toEqual([`Lena lena.${list.surname.toLowerCase()}@example.org`]);
    expect(sorted('vehicles')).toEqual(['Omar KR61XWP']);
    expect(sorted('addresses')).toEqual([`Kai ${list.line1} ${list.postcode}`, `Omar ${list.line1} ${list.postcode}`]);
  });

  it('changes nothing and audits nothing when the list is imported again', async () => {
    const path = listFile(nominalList().text);
    await importer.import({ format: nominalFormat(named), path, target, dryRun: false });
    const state = () =>
      one(
        `MATCH (a:AuditEvent {chain: $chain}) WITH count(a) AS events
         MATCH (c:Case {id: $id}) RETURN events, COUNT { (c)<-[]-() } AS ties`,
        { chain, id: named.id },
      );
    const before = await state();
    expect(before['events']).toBe(1);
    const again = await importer.import({ format: nominalFormat(named), path, target, dryRun: false });
    expect(again).toMatchObject({ created: 0, present: 3 });
    expect(await state()).toEqual(before);
  });
});
