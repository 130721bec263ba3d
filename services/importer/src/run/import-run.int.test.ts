import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher, firstBreak, fromProperties, GENESIS_HASH } from '@crosslink/common';
import { testExecutor } from '@crosslink/common/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { policeUk } from '../police-uk/police-uk.format.js';
import { largeFile, mixedFile } from '../police-uk/police-uk.fixture.testing.js';
import type { ImportFormat, ImportTarget } from './import-format.js';
import type { Importer } from './import-run.js';
import { testImport } from './importer.fixture.testing.js';

// The importer on the test stack's Neo4j, below the token (the command line verifies that, see
// test/import.e2e.ts): each test imports into a force of its own, with an audit chain of its own.
const { db, close } = testExecutor();
afterAll(close);

let force: string;
let forceName: string;
let chain: string;
let dir: string;
let importer: Importer;
let target: ImportTarget;

beforeEach(async () => {
  ({ importer, target, chain } = await testImport(db));
  force = target.force;
  forceName = target.forceName;
  dir = mkdtempSync(join(tmpdir(), 'crosslink-import-'));
});

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const casesOf = async (f: string) =>
  (await db.read(cypher('MATCH (c:Case {force: $f})-[:OWNED_BY]->(:Force {code: $f}) RETURN c ORDER BY c.reference', { f }))).map(
    (row) => (row['c'] as { properties: Record<string, unknown> }).properties,
  );

const events = async () =>
  (await db.read(cypher('MATCH (a:AuditEvent {chain: $chain}) RETURN a ORDER BY a.seq', { chain }))).map(
    (row) => (row['a'] as { properties: Record<string, unknown> }).properties,
  );

describe('importing data.police.uk street-level crimes', () => {
  it('makes each good row a case of the force and writes every bad one to the reject file with its line, column and reason', async () => {
    const fixture = mixedFile(forceName);
    const path = file('2024-05-test-street.csv', fixture.text);
    const report = await importer.import({ format: policeUk, path, target, dryRun: false, batchSize: 4 });

    expect(report).toMatchObject({ rows: 14, created: fixture.good.length, present: 0, rejected: 8, rejectFile: `${path}.rejects.csv` });
    const cases = await casesOf(force);
    expect(cases).toHaveLength(6);
    const year = new Date().getUTCFullYear();
    expect(cases.map((c) => c['reference'])).toEqual(cases.map((_, i) => `${force}-${year}-${String(i + 1).padStart(5, '0')}`));
    const byId = new Map(cases.map((c) => [c['crimeId'], c]));
    expect(byId.get(fixture.ids[0])).toMatchObject({
      status: 'OPEN',
      crimeTypes: ['BURGLARY'],
      title: 'Burglary, On or near Oxford Road',
      createdBy: target.importedBy,
    });
    expect(byId.get(fixture.ids[1])).toMatchObject({ status: 'CLOSED', crimeTypes: ['VEHICLE_CRIME'] });
    expect(byId.get(fixture.ids[2])).toMatchObject({ place: 'On or near Oxford Road, Manchester', crimeTypes: ['DRUGS'], month: '2024-04' });
    expect(byId.get(fixture.ids[3])).toMatchObject({ crimeTypes: ['OTHER_CRIME'], place: 'No Location' });
    expect(byId.get(fixture.ids[3])?.['latitude']).toBeUndefined();
    expect(cases.filter((c) => c['crimeTypes'] !== undefined && (c['crimeTypes'] as string[])[0] === 'ANTI_SOCIAL_BEHAVIOUR')).toHaveLength(2);

    const rejects = readFileSync(report.rejectFile!, 'utf8').trim().split('\n').slice(1);
    const seen = rejects.map((line) => {
      const [at, code, column] = line.split(',');
      return [Number(at), { code, column }] as const;
    });
    expect(Object.fromEntries(seen)).toEqual(fixture.bad);
  });

  it('changes nothing when the same file is imported again, and leaves no audit event for it', async () => {
    const path = file('again.csv', mixedFile(forceName).text);
    await importer.import({ format: policeUk, path, target, dryRun: false });
    const before = await casesOf(force);
    const eventsBefore = await events();

    const again = await importer.import({ format: policeUk, path, target, dryRun: false });
    expect(again).toMatchObject({ created: 0, present: 6, rejected: 8, resumedAfterLine: 0 });
    expect(await casesOf(force)).toEqual(before);
    expect(await events()).toEqual(eventsBefore);
  });

  it('audits each batch as one COLLECTION naming the cases it made, under the importing officer, on a chain that verifies', async () => {
    const path = file('audited.csv', largeFile(forceName, 25));
    await importer.import({ format: policeUk, path, target, dryRun: false, batchSize: 10 });
    const trail = await events();
    expect(trail.map((e) => [e['operation'], e['action'], (e['records'] as string[]).length])).toEqual([
      ['COLLECTION', 'Import.policeUk', 10],
      ['COLLECTION', 'Import.policeUk', 10],
      ['COLLECTION', 'Import.policeUk', 5],
    ]);
    expect(trail.every((e) => e['username'] === target.importedBy && e['force'] === force)).toBe(true);
    const ids = (await casesOf(force)).map((c) => `Case:${c['id']}`).sort();
    expect(trail.flatMap((e) => e['records'] as string[]).sort()).toEqual(ids);
    expect(firstBreak(chain, trail.map(fromProperties), { seq: 0, hash: GENESIS_HASH })).toBeNull();
  });

  it('continues after the last committed batch when a run stopped part way, and makes every case once', async () => {
    const path = file('crash.csv', largeFile(forceName, 50));
    let batches = 0;
    const crashing: ImportFormat<unknown> = {
      ...(policeUk as ImportFormat<unknown>),
      write: (rows, t, run) => {
        batches += 1;
        if (batches === 3) throw new Error('the machine lost power');
        return (policeUk as ImportFormat<unknown>).write(rows, t, run);
      },
    };
    await expect(importer.import({ format: crashing, path, target, dryRun: false, batchSize: 10 })).rejects.toMatchObject({
      cause: { message: 'the machine lost power' },
    });
    expect(await casesOf(force)).toHaveLength(20);

    const resumed = await importer.import({ format: policeUk, path, target, dryRun: false, batchSize: 10 });
    expect(resumed).toMatchObject({ resumedAfterLine: 21, skipped: 20, created: 30, present: 0 });
    const cases = await casesOf(force);
    expect(cases).toHaveLength(50);
    expect(new Set(cases.map((c) => c['crimeId'])).size).toBe(50);
  });

  it('writes nothing on a dry run, and says what it would create', async () => {
    const path = file('dry.csv', mixedFile(forceName).text);
    const report = await importer.import({ format: policeUk, path, target, dryRun: true, batchSize: 4 });
    expect(report).toMatchObject({ dryRun: true, rows: 14, created: 6, present: 0, rejected: 8 });
    expect(await casesOf(force)).toHaveLength(0);
    expect(await events()).toHaveLength(0);
    const ran = await db.read(cypher('MATCH (r:ImportRun {force: $force}) RETURN count(r) AS n', { force }));
    expect(ran[0]?.['n']).toBe(0);
  });

  it('refuses a file whose header lacks the format’s columns, before writing anything', async () => {
    const path = file('wrong.csv', 'Crime ID,Month\nabc,2024-05\n');
    await expect(importer.import({ format: policeUk, path, target, dryRun: false })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'header' },
    });
    expect(await casesOf(force)).toHaveLength(0);
  });
});
