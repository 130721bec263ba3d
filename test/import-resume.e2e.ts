import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cypher } from '@crosslink/common';
import { testExecutor, tokenFor } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { largeFile } from '../services/importer/src/police-uk/police-uk.fixture.testing.js';
import { cliEntry, startCli } from './support/cli.js';

// An import killed part way (kill -9: no chance to tidy up) and run again with the same command
// continues after the last batch that committed, and every crime ends up one case.
const { db, close } = testExecutor();
afterAll(close);

const main = cliEntry('importer', 'main.js');
const ROWS = 3000;

const start = (token: string, path: string) => startCli(main, ['police-uk', path, '--force', 'GMP', '--batch-size', '100'], token);

const committed = async (file: string) =>
  Number((await db.read(cypher('MATCH (r:ImportRun {file: $file}) RETURN max(r.committedLine) AS line', { file })))[0]?.['line'] ?? 0);

describe('an import killed part way', () => {
  it('continues where it stopped when run again, and makes each case once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosslink-resume-'));
    const name = `resume-${Date.now()}.csv`;
    const path = join(dir, name);
    const text = largeFile('Greater Manchester Police', ROWS);
    writeFileSync(path, text);
    const ids = text
      .split('\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]!);
    const token = await tokenFor('supervisor.gmp');

    const first = start(token, path);
    for (let i = 0; i < 600 && (await committed(name)) === 0; i++) await sleep(50);
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const stoppedAt = await committed(name);
    expect(stoppedAt).toBeGreaterThan(1);
    expect(stoppedAt).toBeLessThan(ROWS + 1);

    const second = await start(token, path).done;
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/resumed after line [\d,]+/);
    const keys = ids.map((id) => `police.uk:${id.toLowerCase()}`);
    const [cases] = await db.read(
      cypher('UNWIND $keys AS key MATCH (c:Case {sourceKey: key}) RETURN count(c) AS n, count(DISTINCT c.crimeId) AS crimes', { keys }),
    );
    expect(cases).toEqual({ n: ROWS, crimes: ROWS });
  }, 120_000);
});
