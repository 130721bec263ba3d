import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher } from '@crosslink/common';
import { testExecutor, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { parseImportArgs } from '../cli/import-args.js';
import { runImport } from '../cli/run-import.js';
import type { ImportReport } from '../run/import-run.js';
import { testImport } from '../run/importer.fixture.testing.js';
import { importBundle } from './bundle-import.js';
import { parseMapping, readMapping } from './bundle-mapping.js';
import { poleBundle, type PoleNames, type PoleValues, rejectsOf } from './pole.fixture.testing.js';

// Bundles whose labels, types and columns are named otherwise than the POLE example's, imported
// with a mapping file into forces of the test's own, on the test stack's Neo4j.
const { db, close } = testExecutor();
afterAll(close);

const one = async (text: string, params: Record<string, unknown>) => (await db.read(cypher(text, params)))[0] ?? {};

/** The POLE fixture as another export names it… */
const names: PoleNames = {
  Crime: { as: 'Offence', columns: { date: 'offence_date', type: 'category' } },
  Person: { as: 'Subject', columns: { name: 'forename', surname: 'family_name' } },
  Phone: { as: 'Mobile', columns: { phoneNo: 'msisdn' } },
  Location: { columns: { address: 'street', latitude: 'lat' } },
  PARTY_TO: { as: 'SUSPECT_IN', columns: { role: 'part' } },
  CURRENT_ADDRESS: { as: 'LIVES_AT' },
};
/** …and the mapping that reads it as the POLE example. */
const mapping = {
  nodes: {
    Offence: { as: 'Crime', columns: { offence_date: 'date', category: 'type' } },
    Subject: { as: 'Person', columns: { forename: 'name', family_name: 'surname' } },
    Mobile: { as: 'Phone', columns: { msisdn: 'phoneNo' } },
    Location: { as: 'Location', columns: { street: 'address', lat: 'latitude' } },
  },
  relationships: {
    SUSPECT_IN: { as: 'PARTY_TO', columns: { part: 'role' } },
    LIVES_AT: { as: 'CURRENT_ADDRESS' },
  },
  ignore: { Note: 'free-text notes are not imported' },
};

function mappingFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'crosslink-mapping-')), 'mapping.json');
  writeFileSync(path, JSON.stringify(content, null, 2));
  return path;
}

/** A bundle named as `names` says, with a file of notes the mapping ignores. */
function renamedBundle(values?: PoleValues) {
  const bundle = poleBundle('pole', values === undefined ? { names } : { names, values });
  writeFileSync(join(bundle.dir, 'pole.nodes.Note.csv'), ':ID,text,:LABEL\nn1,Seen near the canal,Note\n');
  return bundle;
}

/** Rows, created and rejected of each file, by the POLE label or type it was read as. */
const byPole = (files: readonly ImportReport[]) =>
  Object.fromEntries(files.map((r) => [r.format.replace(/^neo4j-admin:(\w+ as )?/, ''), [r.rows, r.created, r.rejected]]));

/**
 * What a bundle made in a force: each of its cases, what is recorded in it and the links asserted
 * there, named by the bundle's own keys (not the force's), so two forces' imports compare.
 */
async function made(force: string) {
  const source = `neo4j-admin:${force}:pole:`;
  const rows = await db.read(
    cypher(
      `MATCH (c:Case {force: $force})
       CALL (c) {
         OPTIONAL MATCH (n)-[r:INVOLVED_IN|RECORDED_IN|SEEN_IN]->(c)
         RETURN collect(type(r) + ' ' + coalesce(n.forenames, n.number, n.addressKey, n.address, n.vrm) + ' ' + coalesce(r.role, r.line1, r.make, '')) AS recorded
       }
       CALL (c) {
         OPTIONAL MATCH (a:Person)-[:INVOLVED_IN]->(c)
         OPTIONAL MATCH (a)-[r]->(b) WHERE r.caseId = c.id
         RETURN collect(type(r) + ' ' + a.forenames + ' ' + coalesce(b.forenames, b.number, b.addressKey, b.address, b.vrm) + ' ' + coalesce(r.relation, '')) AS asserted
       }
       RETURN substring(c.sourceKey, size($source)) AS key, c.title AS title, c.crimeTypes AS types, c.status AS status,
         CASE WHEN c.sourceKey = $source + 'nominal-index' THEN null ELSE toString(c.openedAt) END AS opened, recorded, asserted
       ORDER BY key`,
      { force, source },
    ),
  );
  return rows.map((row): Record<string, unknown> => ({
    ...row,
    recorded: [...(row['recorded'] as string[])].sort(),
    asserted: [...(row['asserted'] as string[])].sort(),
  }));
}

describe('importing a neo4j-admin bundle with a mapping file', () => {
  it('makes of a bundle named otherwise what the POLE-named bundle makes, and lists what it ignores with its reason', async () => {
    const pole = poleBundle();
    const other = renamedBundle(pole);
    const [asPole, asMapped] = [await testImport(db), await testImport(db)];
    const poleReport = await importBundle(asPole.importer, { dir: pole.dir, target: asPole.target, dryRun: false, batchSize: 2, source: null });
    const report = await importBundle(asMapped.importer, {
      dir: other.dir,
      target: asMapped.target,
      dryRun: false,
      batchSize: 2,
      source: null,
      mapping: readMapping(mappingFile(mapping)),
    });

    expect(byPole(report.files)).toEqual(byPole(poleReport.files));
    expect(report.files.map((r) => r.format)).toContain('neo4j-admin:Subject as Person');
    expect(report.notImported).toEqual([
      { file: 'pole.nodes.Area.csv', reason: 'areas follow from postcodes, which every location keeps' },
      { file: 'pole.nodes.Note.csv', reason: 'free-text notes are not imported' },
      { file: 'pole.relationships.LOCATION_IN_AREA.csv', reason: 'areas follow from postcodes' },
    ]);
    // Rejected rows name the columns as the bundle does.
    expect(rejectsOf(other.dir, 'nodes.Offence')).toEqual(['3,INVALID_VALUE,offence_date', '4,INVALID_VALUE,category']);
    expect(rejectsOf(other.dir, 'nodes.Subject')).toEqual(['4,MISSING_VALUE,family_name', '5,DUPLICATE_ID,:ID']);
    expect(rejectsOf(other.dir, 'relationships.SUSPECT_IN')).toEqual(['4,UNKNOWN_ID,:END_ID', '5,INVALID_VALUE,:START_ID']);

    const expected = await made(asPole.target.force);
    expect(expected.map((c) => c['key'])).toEqual(['c1', 'c4', 'nominal-index']);
    expect(await made(asMapped.target.force)).toEqual(expected);
  });

  it('imports two labels read as one, and gives a type with no role column the role the mapping names', async () => {
    const { importer, target } = await testImport(db);
    const dir = mkdtempSync(join(tmpdir(), 'crosslink-mapped-'));
    const surname = `Fixture${uniqueSuffix()}`;
    const file = (name: string, ...lines: string[]) => writeFileSync(join(dir, `export.${name}.csv`), `${lines.join('\n')}\n`);
    file('nodes.Offence', ':ID,offence_date,category', 'o1,24/08/2017,Robbery');
    file('nodes.Suspect', ':ID,forename,family_name', `s1,Ann,${surname}`);
    file('nodes.Victim', ':ID,forename,family_name', `v1,Ben,${surname}`);
    file('relationships.SUSPECT_IN', ':START_ID,:END_ID,:TYPE', 's1,o1,SUSPECT_IN');
    file('relationships.VICTIM_OF', ':START_ID,:END_ID,:TYPE', 'v1,o1,VICTIM_OF');
    const person = { as: 'Person', columns: { forename: 'name', family_name: 'surname' } };
    const exported = parseMapping(
      JSON.stringify({
        nodes: { Offence: mapping.nodes.Offence, Suspect: person, Victim: person },
        relationships: { SUSPECT_IN: { as: 'PARTY_TO' }, VICTIM_OF: { as: 'PARTY_TO', values: { role: 'VICTIM' } } },
      }),
      'export.json',
    );

    const report = await importBundle(importer, { dir, target, dryRun: false, batchSize: 100, source: null, mapping: exported });
    expect(report.files.map((r) => [r.format, r.created, r.rejected])).toEqual([
      ['neo4j-admin:Offence as Crime', 1, 0],
      ['neo4j-admin:Suspect as Person', 1, 0],
      ['neo4j-admin:Victim as Person', 1, 0],
      ['neo4j-admin:SUSPECT_IN as PARTY_TO', 1, 0],
      ['neo4j-admin:VICTIM_OF as PARTY_TO', 1, 0],
    ]);
    const crime = await one(
      'MATCH (c:Case {sourceKey: $key}) RETURN c.crimeTypes AS types, [(p:Person)-[r:INVOLVED_IN]->(c) | p.forenames + ":" + r.role] AS people',
      {
        key: `neo4j-admin:${target.force}:export:o1`,
      },
    );
    expect(crime['types']).toEqual(['ROBBERY']);
    expect([...(crime['people'] as string[])].sort()).toEqual(['Ann:SUSPECT', 'Ben:VICTIM']);
  });

  it('reads --mapping on the command line’s path: a dry run lists each file as what it is read as', async () => {
    const { target, principal, meta } = await testImport(db);
    const bundle = renamedBundle();
    const args = parseImportArgs(['neo4j-admin', bundle.dir, '--force', target.force, '--mapping', mappingFile(mapping), '--dry-run'], ['neo4j-admin']);
    const lines: string[] = [];
    await runImport(db, meta, principal, args, 'NCA', (line) => lines.push(line));
    expect(lines.map((line) => line.trim().split(/\s{2,}/)[0])).toEqual([
      `Dry run of the bundle neo4j-admin:${target.force}:pole for ${target.force}:`,
      'Offence as Crime',
      'rejected rows, with line, column and reason: ' + join(bundle.dir, 'pole.nodes.Offence.csv.rejects.csv'),
      'Subject as Person',
      'rejected rows, with line, column and reason: ' + join(bundle.dir, 'pole.nodes.Subject.csv.rejects.csv'),
      'Location',
      'rejected rows, with line, column and reason: ' + join(bundle.dir, 'pole.nodes.Location.csv.rejects.csv'),
      'Mobile as Phone',
      'Email',
      'rejected rows, with line, column and reason: ' + join(bundle.dir, 'pole.nodes.Email.csv.rejects.csv'),
      'Vehicle',
      'SUSPECT_IN as PARTY_TO',
      'rejected rows, with line, column and reason: ' + join(bundle.dir, 'pole.relationships.SUSPECT_IN.csv.rejects.csv'),
      'OCCURRED_AT',
      'LIVES_AT as CURRENT_ADDRESS',
      'HAS_PHONE',
      'HAS_EMAIL',
      'rejected rows, with line, column and reason: ' + join(bundle.dir, 'pole.relationships.HAS_EMAIL.csv.rejects.csv'),
      'INVOLVED_IN',
      'KNOWS_LW',
      'FAMILY_REL',
      'not imported: pole.nodes.Area.csv (areas follow from postcodes, which every location keeps)',
      'not imported: pole.nodes.Note.csv (free-text notes are not imported)',
      'not imported: pole.relationships.LOCATION_IN_AREA.csv (areas follow from postcodes)',
    ]);
  });

  it('refuses a mapping with a mistake in it, naming where, before anything is read or written', async () => {
    const { target, principal, meta } = await testImport(db);
    const bundle = renamedBundle();
    const wrong = { ...mapping, nodes: { ...mapping.nodes, Subject: { as: 'Suspect', columns: mapping.nodes.Subject.columns } } };
    const args = parseImportArgs(['neo4j-admin', bundle.dir, '--force', target.force, '--mapping', mappingFile(wrong)], ['neo4j-admin']);
    const lines: string[] = [];
    await expect(runImport(db, meta, principal, args, 'NCA', (line) => lines.push(line))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'mapping.nodes.Subject.as' },
    });
    expect(lines).toEqual([]);
    expect(existsSync(join(bundle.dir, 'pole.nodes.Offence.csv.rejects.csv'))).toBe(false);
    const written = await one(
      `OPTIONAL MATCH (c:Case {force: $force}) WITH count(c) AS cases
       OPTIONAL MATCH (r:ImportRun {force: $force}) RETURN cases, count(r) AS runs`,
      { force: target.force },
    );
    expect(written).toEqual({ cases: 0, runs: 0 });
  });
});
