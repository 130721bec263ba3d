import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cypher } from '@crosslink/common';
import { testExecutor, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEntry, runCli } from './support/cli.js';
import { addAddress, addPerson, openCase } from './support/fixtures.js';

// The network export command line as an analyst runs it: a token from Keycloak, verified like any
// caller's, then the intel service's own exportNetwork straight on Neo4j, its files written to a
// folder and its disclosure on intel's audit chain, as the API's would be.
const { db, close } = testExecutor();
afterAll(close);

const main = cliEntry('intel', 'export-main.js');

const exportCli = (token: string, args: string[]) => runCli(main, args, token);

/** A folder for one export's files, not made yet: the export makes it. */
const outFolder = () => join(mkdtempSync(join(tmpdir(), 'crosslink-export-e2e-')), 'out');
const purpose = 'Charging file for the CPS: Operation Kestrel';

/** A GMP case of two suspects, one living at an address: its network is those three records. */
const kestrel = { caseId: '', first: '', second: '', address: '' };

beforeAll(async () => {
  const opened = await openCase('detective.gmp', `Operation Kestrel ${uniqueSuffix()}`);
  kestrel.caseId = opened.id;
  kestrel.first = await addPerson('detective.gmp', opened.id, { forenames: 'Kit', surname: `Kestrel${uniqueSuffix()}` });
  kestrel.second = await addPerson('detective.gmp', opened.id, { forenames: 'Rue', surname: `Kestrel${uniqueSuffix()}` });
  kestrel.address = await addAddress('detective.gmp', opened.id, kestrel.first, '3 Kestrel Way', 'M1 1AE');
});

const options = (format: string, ...more: string[]) => [
  `case:${kestrel.caseId}`,
  '--format',
  format,
  '--recipient',
  'CPS North West',
  '--purpose',
  purpose,
  ...more,
];

/** The disclosure events a run wrote, found by the request id its summary prints. */
async function disclosures(stdout: string) {
  const requestId = /\(request ([0-9a-f-]{36})\)/.exec(stdout)?.[1];
  expect(requestId).toBeDefined();
  return db.read(
    cypher(
      `MATCH (e:AuditEvent {requestId: $requestId})
       RETURN e.chain AS chain, e.operation AS operation, e.action AS action, e.username AS username, e.recipients AS recipients, e.purpose AS purpose, e.records AS records`,
      { requestId },
    ),
  );
}

/** Export events naming the case's first person by `username`: a refused run adds none. */
async function exportsBy(username: string): Promise<number> {
  const [row] = await db.read(
    cypher(`MATCH (e:AuditEvent {action: 'Export.network', username: $username}) WHERE $record IN e.records RETURN count(e) AS n`, {
      username,
      record: `Person:${kestrel.first}`,
    }),
  );
  return Number(row!['n']);
}

describe('npm run export as an analyst runs it', () => {
  it('writes a case’s network as GraphML holding exactly what the analyst may see, audited as one disclosure', async () => {
    const out = outFolder();
    const run = await exportCli(await tokenFor('analyst.nca'), options('graphml', '--out', out));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 records, 2 links');
    expect(run.stdout).toContain(`${join(out, 'network.graphml')}  `);

    const content = readFileSync(join(out, 'network.graphml'), 'utf8');
    expect(XMLValidator.validate(content)).toBe(true);
    const graph = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(content).graphml.graph;
    expect(graph.node.map((n: { id: string }) => n.id).sort()).toEqual([kestrel.first, kestrel.second, kestrel.address].sort());
    expect(graph.edge).toHaveLength(2);

    const events = await disclosures(run.stdout);
    expect(events).toEqual([
      {
        chain: 'intel',
        operation: 'DISCLOSURE',
        action: 'Export.network',
        username: 'analyst.nca',
        recipients: ['CPS North West'],
        purpose,
        records: [`Case:${kestrel.caseId}`, `Location:${kestrel.address}`, `Person:${kestrel.first}`, `Person:${kestrel.second}`].sort(),
      },
    ]);
  });

  it('writes CSV as a nodes file and an edges file, for every recipient named', async () => {
    const out = outFolder();
    const run = await exportCli(await tokenFor('analyst.nca'), options('csv', '--recipient', 'HMRC', '--out', out));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = (name: string) => readFileSync(join(out, name), 'utf8').trimEnd().split('\r\n');
    expect(lines('nodes.csv')).toHaveLength(1 + 3);
    expect(lines('edges.csv')).toHaveLength(1 + 2);
    expect(lines('edges.csv')[0]).toBe('source,target,kind,caseId,caseReference,force');
    const [event] = await disclosures(run.stdout);
    expect(event).toMatchObject({ operation: 'DISCLOSURE', recipients: ['CPS North West', 'HMRC'], purpose });
  });

  it('charts an ANX only with a grade, refusing an ungraded one and a code C without its conditions', async () => {
    const token = await tokenFor('analyst.nca');
    const ungraded = outFolder();
    const noGrade = await exportCli(token, options('anx', '--out', ungraded));
    expect(noGrade.code).toBe(2);
    expect(noGrade.stderr).toContain('export: --grade is required for an anx chart');
    const noConditions = await exportCli(token, options('anx', '--grade', '1B C', '--out', ungraded));
    expect([noConditions.code, noConditions.stderr.trim()]).toEqual([
      1,
      'export: VALIDATION_FAILED (--conditions): Handling code C needs the conditions of sharing recorded',
    ]);
    expect(existsSync(ungraded)).toBe(false);

    const out = outFolder();
    const graded = await exportCli(token, options('anx', '--grade', '1B P', '--out', out));
    expect(graded.code).toBe(0);
    expect(XMLValidator.validate(readFileSync(join(out, 'network.anx'), 'utf8'))).toBe(true);
  });

  it('refuses an export without a purpose, to a detective, and of everything to a force’s supervisor, writing and disclosing nothing', async () => {
    const out = outFolder();
    const noPurpose = await exportCli(await tokenFor('analyst.nca'), [`case:${kestrel.caseId}`, '--format', 'csv', '--recipient', 'CPS', '--out', out]);
    expect(noPurpose.code).toBe(2);
    expect(noPurpose.stderr).toContain('export: --purpose is required');

    const detective = await exportCli(await tokenFor('detective.gmp'), options('graphml', '--out', out));
    expect([detective.code, detective.stderr.trim()]).toEqual([1, 'export: FORBIDDEN: Your role does not allow network:export']);
    expect(await exportsBy('detective.gmp')).toBe(0);

    const everything = await exportCli(await tokenFor('supervisor.gmp'), [
      'everything',
      '--format',
      'csv',
      '--recipient',
      'CPS North West',
      '--purpose',
      purpose,
      '--out',
      out,
    ]);
    expect(everything.code).toBe(1);
    expect(everything.stderr).toMatch(/^export: FORBIDDEN \(<scope>\): Only the hub/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a folder that already holds files, before anything is disclosed', async () => {
    const out = outFolder();
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'the analyst’s own notes');
    const run = await exportCli(await tokenFor('analyst.nca'), options('graphml', '--out', out));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`export: --out ${out} is not empty`);
    expect(existsSync(join(out, 'network.graphml'))).toBe(false);
  });
});
