import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher } from '@crosslink/common';
import { postGraphQL, testEnv, testExecutor, tokenFor } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { poleBundle } from '../services/importer/src/neo4j-admin/pole.fixture.testing.js';
import { nominalList } from '../services/importer/src/nominal/nominal.fixture.testing.js';
import { cliEntry, runCli } from './support/cli.js';
import { openCase } from './support/fixtures.js';
import { crimeId, HEADER, crimeRow } from '../services/importer/src/police-uk/police-uk.fixture.testing.js';

// The import command line as an officer runs it: a token from Keycloak, verified like any caller's,
// then straight to Neo4j. What it imports is then read through the gateway under the usual rules.
const { db, close } = testExecutor();
afterAll(close);

const main = cliEntry('importer', 'main.js');
const GMP = 'Greater Manchester Police';

const importCli = (token: string, args: string[]) => runCli(main, args, token);

function csvFile(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'crosslink-import-e2e-')), 'street.csv');
  writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
  return path;
}

const CASE = 'query ($reference: String!) { case(reference: $reference) { id force { code } status crimeTypes title openedAt } }';

async function caseOfCrime(id: string): Promise<{ id: string; reference: string } | null> {
  const [row] = await db.read(cypher('MATCH (c:Case {crimeId: $id}) RETURN c.id AS id, c.reference AS reference', { id }));
  return row === undefined ? null : { id: String(row['id']), reference: String(row['reference']) };
}

describe('npm run import (police-uk) as an officer runs it', () => {
  it('imports a supervisor’s force’s crimes as its cases, which its officers see and other forces do not', async () => {
    const ids = [crimeId(), crimeId()];
    const path = csvFile([crimeRow(GMP, ids[0], 'Drugs'), crimeRow(GMP, ids[1], 'Robbery', 'Awaiting court outcome'), crimeRow('West Midlands Police')]);
    const run = await importCli(await tokenFor('supervisor.gmp'), ['police-uk', path, '--force', 'GMP']);
    expect(run.stderr).not.toContain('import:');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 rows read, 2 created, 0 already present, 1 rejected');
    expect(readFileSync(`${path}.rejects.csv`, 'utf8')).toContain('\n4,OTHER_FORCE,Reported by,');

    const imported = await caseOfCrime(ids[0]!);
    expect(imported).not.toBeNull();
    const seen = await postGraphQL(testEnv().gatewayUrl, CASE, { reference: imported!.reference }, { token: await tokenFor('detective.gmp') });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.case).toMatchObject({ id: imported!.id, force: { code: 'GMP' }, status: 'OPEN', crimeTypes: ['DRUGS'], openedAt: '2024-05-01T00:00:00Z' });
    const elsewhere = await postGraphQL(testEnv().gatewayUrl, CASE, { reference: imported!.reference }, { token: await tokenFor('detective.met') });
    expect(elsewhere.data?.case ?? null).toBeNull();

    const [event] = await db.read(
      cypher(
        "MATCH (a:AuditEvent {chain: 'importer'}) WHERE $record IN a.records RETURN a.username AS username, a.operation AS operation, a.action AS action",
        {
          record: `Case:${imported!.id}`,
        },
      ),
    );
    expect(event).toEqual({ username: 'supervisor.gmp', operation: 'COLLECTION', action: 'Import.policeUk' });
  });

  it('refuses a detective, another force’s supervisor and a forged token, and writes nothing', async () => {
    const id = crimeId();
    const path = csvFile([crimeRow(GMP, id)]);
    const detective = await importCli(await tokenFor('detective.gmp'), ['police-uk', path, '--force', 'GMP']);
    expect([detective.code, detective.stderr.trim()]).toEqual([1, 'import: FORBIDDEN: Your role does not allow data:import']);
    const met = await importCli(await tokenFor('supervisor.met'), ['police-uk', path, '--force', 'GMP']);
    expect(met.code).toBe(1);
    expect(met.stderr).toContain('FORBIDDEN (--force)');
    const forged = await importCli('not-a-token', ['police-uk', path, '--force', 'GMP']);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toContain('UNAUTHENTICATED');
    expect(await caseOfCrime(id)).toBeNull();
  });

  it('says what to change for a command line it cannot run', async () => {
    const run = await importCli('unused', ['nominal-rolls', 'file.csv', '--force', 'GMP']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format nominal-rolls: use one of police-uk');
    const missing = await importCli(await tokenFor('supervisor.gmp'), ['police-uk', '/nonexistent/street.csv', '--force', 'GMP']);
    expect([missing.code, missing.stderr.trim()]).toEqual([1, 'import: VALIDATION_FAILED (path): /nonexistent/street.csv does not exist']);
  });

  it('imports a POLE bundle whose phone another force then finds only as "known to GMP", and its own force reads in full', async () => {
    const graph = `pole${Date.now()}`;
    const bundle = poleBundle(graph);
    const run = await importCli(await tokenFor('supervisor.gmp'), ['neo4j-admin', bundle.dir, '--force', 'GMP']);
    expect(run.stderr).not.toContain('import:');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`not imported: ${graph}.nodes.Area.csv`);
    const [held] = await db.read(cypher('MATCH (h:Case {sourceKey: $key}) RETURN h.reference AS reference', { key: `neo4j-admin:GMP:${graph}:nominal-index` }));
    const PEOPLE = `query ($reference: String!) { case(reference: $reference) { people { role person { surname phones { number } } } } }`;
    const own = await postGraphQL(testEnv().gatewayUrl, PEOPLE, { reference: held!['reference'] }, { token: await tokenFor('detective.gmp') });
    expect(own.errors).toBeUndefined();
    const numbers = own.data.case.people.flatMap((e: any) => e.person.phones.map((p: any) => p.number));
    expect(numbers).toContain(`+44${bundle.phone.replace(/\s/g, '').slice(1)}`);

    const CHECK = `mutation ($input: SubjectCheckInput!) { checkSubject(input: $input) { value cases { id } knownElsewhere { force { code } } } }`;
    const met = await postGraphQL(
      testEnv().gatewayUrl,
      CHECK,
      { input: { kind: 'PHONE', value: bundle.phone, reason: 'Runner stopped with this phone in a deal-line check' } },
      { token: await tokenFor('detective.met') },
    );
    expect(met.errors).toBeUndefined();
    expect(met.data.checkSubject.cases).toEqual([]);
    expect(met.data.checkSubject.knownElsewhere.map((k: any) => k.force.code)).toContain('GMP');
  });

  it('records a nominal list in a case of the force, which another force cannot name as its target', async () => {
    const opened = await openCase('detective.gmp', 'Operation Lantern: nominals');
    const path = join(mkdtempSync(join(tmpdir(), 'crosslink-import-e2e-')), 'nominals.csv');
    writeFileSync(path, nominalList().text);
    const met = await importCli(await tokenFor('supervisor.met'), ['nominal', path, '--force', 'MPS', '--case', opened.reference]);
    expect([met.code, met.stderr.trim()]).toEqual([1, `import: CASE_NOT_FOUND (--case): MPS has no case with the reference ${opened.reference}`]);

    const run = await importCli(await tokenFor('supervisor.gmp'), ['nominal', path, '--force', 'GMP', '--case', opened.reference]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('9 rows read, 3 created, 0 already present, 6 rejected');
    const PEOPLE = `query ($reference: String!) { case(reference: $reference) { people { role person { forenames } } } }`;
    const seen = await postGraphQL(testEnv().gatewayUrl, PEOPLE, { reference: opened.reference }, { token: await tokenFor('detective.gmp') });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.case.people.map((p: any) => `${p.person.forenames} ${p.role}`).sort()).toEqual(['Kai SUSPECT', 'Lena VICTIM', 'Omar SUSPECT']);
  });
});
