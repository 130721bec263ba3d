import { describe, expect, it } from 'vitest';
import { csvRecords } from '../csv/csv-records.js';
import { Header, type ImportTarget } from '../run/import-format.js';
import { crimeCase } from './police-uk.format.js';
import { crimeRow, HEADER, mixedFile } from './police-uk.fixture.testing.js';
import { policeUkParser } from './police-uk.parse.js';

const FORCE = 'Greater Manchester Police';
const target: ImportTarget = { force: 'GMP', forceName: FORCE, classification: 'OFFICIAL', importedBy: 'supervisor.gmp' };

async function* once(text: string) {
  yield text;
}

/** Every record of a file after its header, parsed: line → row or fault. */
async function parseAll(text: string) {
  const out = new Map<number, ReturnType<ReturnType<typeof policeUkParser>> | { malformed: string }>();
  let parse: ReturnType<typeof policeUkParser> | null = null;
  for await (const record of csvRecords(once(text))) {
    if ('error' in record) out.set(record.line, { malformed: record.error });
    else if (parse === null) parse = policeUkParser(new Header(record.fields), target);
    else out.set(record.line, parse(record.fields, record.line));
  }
  return out;
}

describe('policeUkParser', () => {
  it('finds each kind of fault on its line and column, and passes the good rows', async () => {
    const fixture = mixedFile(FORCE);
    const parsed = await parseAll(fixture.text);
    for (const line of fixture.good) expect(parsed.get(line)).toHaveProperty('row');
    for (const [line, expected] of Object.entries(fixture.bad)) {
      const result = parsed.get(Number(line));
      if (expected.code === 'MALFORMED_RECORD') expect(result).toHaveProperty('malformed');
      else expect(result).toMatchObject({ fault: expected });
    }
  });

  it('normalises a crime: its type from the category, open or closed from the outcome, coordinates as numbers', async () => {
    const parsed = await parseAll(`${HEADER}\n${crimeRow(FORCE, 'AB12CD34EF', 'Violence and sexual offences', 'Unable to prosecute suspect')}\n`);
    expect(parsed.get(2)).toEqual({
      row: {
        sourceKey: 'police.uk:ab12cd34ef',
        crimeId: 'AB12CD34EF',
        month: '2024-05',
        category: 'Violence and sexual offences',
        crimeType: 'VIOLENCE_AND_SEXUAL_OFFENCES',
        place: 'On or near Oxford Road',
        latitude: 53.478062,
        longitude: -2.244644,
        lsoaCode: 'E01033658',
        lsoaName: 'Manchester 054C',
        lastOutcome: 'Unable to prosecute suspect',
        context: null,
        open: false,
      },
    });
  });

  it('keys anti-social behaviour, which has no id, by its content and how often that content came before', async () => {
    const asb = `,2024-05,${FORCE},${FORCE},-2.24,53.48,On or near Piccadilly,E01033677,Manchester 013A,Anti-social behaviour,,`;
    const other = asb.replace('Piccadilly', 'Market Street');
    const parsed = await parseAll(`${HEADER}\n${asb}\n${other}\n${asb}\n`);
    const keys = [2, 3, 4].map((line) => (parsed.get(line) as { row: { sourceKey: string } }).row.sourceKey);
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toMatch(/^police\.uk:asb:[0-9a-f]{32}:1$/);
    expect(keys[2]).toBe(keys[0]!.replace(/:1$/, ':2'));
    const again = await parseAll(`${HEADER}\n${asb}\n`);
    expect((again.get(2) as { row: { sourceKey: string } }).row.sourceKey).toBe(keys[0]);
  });

  it('refuses a row with only one coordinate, and a category from another dataset', async () => {
    const one = `${'ab'.repeat(8)},2024-05,${FORCE},${FORCE},-2.24,,On or near X,,,Drugs,,`;
    const parsed = await parseAll(`${HEADER}\n${one}\n${crimeRow(FORCE, 'ff00ff00ff', 'Fraud')}\n`);
    expect(parsed.get(2)).toEqual({ fault: { code: 'MISSING_VALUE', column: 'Latitude', reason: 'Latitude is empty but Longitude is given' } });
    expect(parsed.get(3)).toMatchObject({ fault: { code: 'INVALID_VALUE', column: 'Crime type' } });
  });
});

describe('crimeCase', () => {
  it('titles a case by category and place, and summarises what the source says', () => {
    const made = crimeCase({
      sourceKey: 'police.uk:ab',
      crimeId: 'AB',
      month: '2024-05',
      category: 'Burglary',
      crimeType: 'BURGLARY',
      place: 'On or near Oxford Road',
      latitude: null,
      longitude: null,
      lsoaCode: 'E01033658',
      lsoaName: 'Manchester 054C',
      lastOutcome: 'Under investigation',
      context: null,
      open: true,
    });
    expect(made).toMatchObject({
      sourceKey: 'police.uk:ab',
      status: 'OPEN',
      crimeTypes: ['BURGLARY'],
      openedAt: '2024-05-01T00:00:00Z',
      title: 'Burglary, On or near Oxford Road',
      summary: 'data.police.uk crime AB of 2024-05. LSOA Manchester 054C (E01033658). Last outcome: Under investigation.',
    });
  });
});
