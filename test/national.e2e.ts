import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher } from '@crosslink/common';
import { postGraphQL, testEnv, testExecutor, tokenFor } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEntry, runCli } from './support/cli.js';

// A newcomer's path through bulk import: generate a synthetic national graph, import the forces a
// county line and a person recorded twice run through, and find both through the API as the hub's
// analyst would — the answers are the generator's truth file.
const { db, close } = testExecutor();
afterAll(close);

const PURPOSE = 'National graph import test';

interface Truth {
  countyLines: { dealLine: string; forces: string[]; controller: string; runners: { id: string; force: string; child: boolean }[] }[];
  duplicates: { a: { id: string; force: string }; b: { id: string; force: string }; error: string }[];
}

async function as(username: string, query: string, variables: Record<string, unknown>) {
  const answer = await postGraphQL(testEnv().gatewayUrl, query, variables, { token: await tokenFor(username), headers: { 'x-crosslink-purpose': PURPOSE } });
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

const e164 = (digits: string) => `+44${digits.slice(1)}`;
const source = 'e2e-national';
const personId = async (force: string, id: string) =>
  String((await db.read(cypher('MATCH (p:Person {sourceKey: $key}) RETURN p.id AS id', { key: `neo4j-admin:${force}:${source}:${id}` })))[0]?.['id']);

let truth: Truth;
let line: Truth['countyLines'][number];
let twice: Truth['duplicates'][number];

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'crosslink-national-'));
  const generated = await runCli(cliEntry('importer', 'generate-main.js'), ['--people', '3000', '--out', out, '--seed', '5']);
  expect(generated.code).toBe(0);
  truth = JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8')) as Truth;
  line = truth.countyLines[0]!;
  twice = truth.duplicates.find((d) => d.error === 'EXACT')!;
  const forces = [...new Set([...line.forces, twice.a.force, twice.b.force])];
  const token = await tokenFor('supervisor.nca');
  for (const force of forces) {
    const run = await runCli(
      cliEntry('importer', 'main.js'),
      ['neo4j-admin', join(out, force), '--force', force, '--source', source, '--purpose', PURPOSE],
      token,
    );
    expect(run.stderr).not.toContain('import:');
    expect(run.code).toBe(0);
  }
}, 180_000);

describe('a generated national graph, imported', () => {
  it('shows the county line the truth file names: its forces, and its controller and runners in the footprint', async () => {
    const [phone] = await db.read(cypher('MATCH (t:Phone {number: $number}) RETURN t.id AS id', { number: e164(line.dealLine) }));
    expect(phone).toBeDefined();
    const found = await as(
      'analyst.nca',
      `query ($id: ID!) { countyLine(phoneId: $id) { forces controllers { person { id } child } runners { person { id } child } } }`,
      { id: phone!['id'] },
    );
    expect(found.countyLine.forces).toEqual(expect.arrayContaining(line.forces));
    const working = [...found.countyLine.controllers, ...found.countyLine.runners].map((m: any) => m.person.id);
    expect(working).toContain(await personId(line.forces[0]!, line.controller));
    const child = line.runners.find((r) => r.child);
    if (child !== undefined) {
      const childId = await personId(child.force, child.id);
      const member = [...found.countyLine.runners, ...found.countyLine.controllers].find((m: any) => m.person.id === childId);
      expect(member).toMatchObject({ child: true });
    }
  });

  it('finds a person recorded by two forces through a subject check, in both forces’ cases', async () => {
    const [person] = await db.read(
      cypher('MATCH (p:Person {sourceKey: $key}) RETURN p.forenames AS forenames, p.surname AS surname, p.dateOfBirth AS dateOfBirth', {
        key: `neo4j-admin:${twice.a.force}:${source}:${twice.a.id}`,
      }),
    );
    expect(person?.['dateOfBirth']).toBeTruthy();
    const checked = await as('analyst.nca', `mutation ($input: SubjectCheckInput!) { checkSubject(input: $input) { cases { force { code } } } }`, {
      input: { kind: 'PERSON', person, reason: 'Checking a nominal before a cross-force briefing' },
    });
    const forces = checked.checkSubject.cases.map((c: any) => c.force.code);
    expect(forces).toEqual(expect.arrayContaining([twice.a.force, twice.b.force]));
  });
});
