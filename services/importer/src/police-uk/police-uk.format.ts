import type { ImportFormat } from '../run/import-format.js';
import { knownCaseKeys } from '../run/imported-cases.cypher.js';
import { createCases, type NewImportedCase } from '../run/imported-cases.js';
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

  write: (rows, target, run) => createCases(rows.map(crimeCase), 'data.police.uk', target, run),

  countExisting: (rows) => knownCaseKeys(rows.map((row) => row.sourceKey)),
};

/** The case a crime becomes: a title an officer can scan in a list, and a summary of what the source says. */
export function crimeCase(crime: PoliceUkCrime): NewImportedCase {
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
    sourceKey: crime.sourceKey,
    title,
    summary,
    status: crime.open ? 'OPEN' : 'CLOSED',
    crimeTypes: [crime.crimeType],
    openedAt: `${crime.month}-01T00:00:00Z`,
    details: {
      crimeId: crime.crimeId,
      month: crime.month,
      place: crime.place,
      latitude: crime.latitude,
      longitude: crime.longitude,
      lsoaCode: crime.lsoaCode,
      lsoaName: crime.lsoaName,
      lastOutcome: crime.lastOutcome,
      context: crime.context,
    },
  };
}
