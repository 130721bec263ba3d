import { randomUUID } from 'node:crypto';
import { caseReference, CrosslinkError, takeCaseNumbers } from '@crosslink/common';
import type { ImportFormat } from '../run/import-format.js';
import { insertCrimeCases, knownSourceKeys, unknownSourceKeys, type CrimeCase } from './police-uk.cypher.js';
import { policeUkColumns, policeUkParser, type PoliceUkCrime } from './police-uk.parse.js';

const TITLE_MAX = 200;

/**
 * data.police.uk street-level crime files: each crime becomes a case of the reporting force, with its
 * category as the crime type. A crime already imported (by its id, or an anti-social behaviour
 * row by its content) is left as it is.
 */
export const policeUk: ImportFormat<PoliceUkCrime> = {
  name: 'police-uk',
  action: 'Import.policeUk',
  required: policeUkColumns,
  parser: policeUkParser,

  async write(rows, target, run) {
    const [found] = await run(unknownSourceKeys(rows.map((row) => row.sourceKey)));
    const unknown = new Set((found?.['unknown'] as string[] | undefined) ?? []);
    const fresh = rows.filter((row) => unknown.has(row.sourceKey));
    if (fresh.length === 0) return { created: 0, records: [] };

    const year = new Date().getUTCFullYear();
    const [numbered] = await run(takeCaseNumbers(target.force, year, fresh.length));
    if (numbered === undefined) throw new CrosslinkError('FORCE_NOT_FOUND', `No force has the code ${target.force}`, { field: '--force' });
    const first = Number(numbered['first']);
    const cases = fresh.map((crime, i) => crimeCase(crime, randomUUID(), caseReference(target.force, year, first + i)));
    await run(insertCrimeCases(cases, target));
    return { created: cases.length, records: cases.map((c) => `Case:${c.id}`) };
  },

  countExisting: (rows) => knownSourceKeys(rows.map((row) => row.sourceKey)),
};

/** The case a crime becomes: a title an officer can scan in a list, and a summary of what the source says. */
export function crimeCase(crime: PoliceUkCrime, id: string, reference: string): CrimeCase {
  const title = Array.from(`${crime.category}, ${crime.place ?? 'no location given'}`)
    .slice(0, TITLE_MAX)
    .join('');
  const summary = [
    crime.crimeId === null ? `data.police.uk record of ${crime.month}.` : `data.police.uk crime ${crime.crimeId} of ${crime.month}.`,
    crime.lsoaName === null ? null : `LSOA ${crime.lsoaName}${crime.lsoaCode === null ? '' : ` (${crime.lsoaCode})`}.`,
    crime.lastOutcome === null ? null : `Last outcome: ${crime.lastOutcome}.`,
    crime.context === null ? null : `Context: ${crime.context}`,
  ]
    .filter((part) => part !== null)
    .join(' ');
  return {
    id,
    reference,
    sourceKey: crime.sourceKey,
    title,
    summary,
    status: crime.open ? 'OPEN' : 'CLOSED',
    crimeType: crime.crimeType,
    month: crime.month,
    crimeId: crime.crimeId,
    place: crime.place,
    latitude: crime.latitude,
    longitude: crime.longitude,
    lsoaCode: crime.lsoaCode,
    lsoaName: crime.lsoaName,
    lastOutcome: crime.lastOutcome,
    context: crime.context,
  };
}
