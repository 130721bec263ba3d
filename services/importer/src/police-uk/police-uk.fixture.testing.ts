// Fixtures for the importer's tests: data.police.uk files in the published shape, with fresh crime
// ids each time (a crime id is one crime wherever it is imported), good rows and every kind of bad one.
import { randomBytes } from 'node:crypto';

export const HEADER = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

export const crimeId = () => randomBytes(32).toString('hex');

/** A good row of a force's file. */
export function crimeRow(force: string, id: string = crimeId(), category = 'Burglary', outcome = 'Under investigation'): string {
  return `${id},2024-05,${force},${force},-2.244644,53.478062,On or near Oxford Road,E01033658,Manchester 054C,${category},${outcome},`;
}

/**
 * A small file: six good rows (two of them identical anti-social behaviour, which has no id) and
 * eight bad ones, one of each fault. `good` and `bad` say which lines are which.
 */
export function mixedFile(force: string): { text: string; ids: string[]; good: number[]; bad: Record<number, { code: string; column: string }> } {
  const ids = [crimeId(), crimeId(), crimeId(), crimeId()];
  const asb = `,2024-05,${force},${force},-2.240001,53.480002,On or near Piccadilly,E01033677,Manchester 013A,Anti-social behaviour,,`;
  const lines = [
    HEADER,
    crimeRow(force, ids[0]), // 2
    crimeRow(force, ids[1], 'Vehicle crime', 'Investigation complete; no suspect identified'), // 3: closed
    asb, // 4
    asb, // 5: the same again, its own case
    `,2024-05,${force},${force},-2.24,53.47,On or near Deansgate,E01033658,Manchester 054C,Robbery,Under investigation,`, // 6: no id
    `${crimeId()},2024-13,${force},${force},-2.24,53.47,On or near Deansgate,E01033658,Manchester 054C,Robbery,,`, // 7: bad month
    crimeRow('British Transport Police'), // 8: another force's
    crimeRow(force, crimeId(), 'Jaywalking'), // 9: not a category
    `${crimeId()},2024-05,${force},${force},-2.24,53.47,On or near Dean"sgate,E01033658,Manchester 054C,Robbery,,`, // 10: stray quote
    `${crimeId()},2024-05,${force},${force},-2.24,53.47`, // 11: too few fields
    crimeRow(force, ids[0]), // 12: the id of line 2 again
    `${crimeId()},2024-05,${force},${force},-20.5,53.47,On or near Deansgate,E01033658,Manchester 054C,Robbery,,`, // 13: in the Atlantic
    `${ids[2]},2024-04,${force},${force},-2.25,53.47,"On or near Oxford Road, Manchester",E01033658,Manchester 054C,Drugs,Local resolution,`, // 14
    `${ids[3]},2024-04,${force},${force},,,No Location,,,Other crime,Under investigation,`, // 15: no map point
  ];
  return {
    text: `${lines.join('\r\n')}\r\n`,
    ids,
    good: [2, 3, 4, 5, 14, 15],
    bad: {
      6: { code: 'MISSING_VALUE', column: 'Crime ID' },
      7: { code: 'INVALID_VALUE', column: 'Month' },
      8: { code: 'OTHER_FORCE', column: 'Reported by' },
      9: { code: 'INVALID_VALUE', column: 'Crime type' },
      10: { code: 'MALFORMED_RECORD', column: '' },
      11: { code: 'FIELD_COUNT', column: '' },
      12: { code: 'DUPLICATE_ID', column: 'Crime ID' },
      13: { code: 'INVALID_VALUE', column: 'Longitude' },
    },
  };
}

/** A file of `n` good rows. */
export function largeFile(force: string, n: number): string {
  const rows = Array.from({ length: n }, () => crimeRow(force));
  return `${HEADER}\n${rows.join('\n')}\n`;
}
