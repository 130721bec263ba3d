import { createHash } from 'node:crypto';
import { fault, recordFault, type Header, type ImportTarget, type Parsed } from '../run/import-format.js';
import { crimeTypeOf, outcomeIsOpen } from './crime-categories.js';

/** The header of a data.police.uk street-level crime file. */
export const policeUkColumns = [
  'Crime ID',
  'Month',
  'Reported by',
  'Falls within',
  'Longitude',
  'Latitude',
  'Location',
  'LSOA code',
  'LSOA name',
  'Crime type',
  'Last outcome category',
  'Context',
] as const;

/** One street-level crime, checked and normalised: it becomes one case of the reporting force. */
export interface PoliceUkCrime {
  /** What identifies the crime whoever imports it, whichever file it comes from. */
  readonly sourceKey: string;
  /** data.police.uk's id; null for anti-social behaviour, which has none. */
  readonly crimeId: string | null;
  /** YYYY-MM. */
  readonly month: string;
  readonly category: string;
  readonly crimeType: string;
  readonly place: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly lsoaCode: string | null;
  readonly lsoaName: string | null;
  readonly lastOutcome: string | null;
  readonly context: string | null;
  readonly open: boolean;
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
// data.police.uk's ids are 64 hexadecimal digits; older files have shorter ones, so any run of them.
const crimeIdPattern = /^[0-9A-Fa-f]{8,128}$/;
// Great Britain and Northern Ireland with their islands, generously: the map points of street-level data lie inside.
const uk = { south: 49.0, north: 61.5, west: -11.0, east: 2.5 };

/**
 * The parser of one data.police.uk file for the importing force. A crime id met twice in a file
 * is a fault on the second line. Anti-social behaviour has no id: such a row is keyed by its
 * content, and identical rows (the same month, place and category are common) by how many times
 * the content has come before, so each is its own case and importing the file again finds them all.
 */
export function policeUkParser(header: Header, target: ImportTarget): (fields: readonly string[], line: number) => Parsed<PoliceUkCrime> {
  const firstLineOfId = new Map<string, number>();
  const timesSeen = new Map<string, number>();

  return (fields, line) => {
    const refused = recordFault(header, fields, policeUkColumns);
    if (refused !== null) return refused;
    const value = (column: (typeof policeUkColumns)[number]) => header.value(fields, column);

    const crimeId = value('Crime ID') || null;
    if (crimeId !== null && !crimeIdPattern.test(crimeId)) return fault('INVALID_VALUE', 'Crime ID', `"${crimeId}" is not a data.police.uk crime id`);
    const month = value('Month');
    if (month === '') return fault('MISSING_VALUE', 'Month', 'Month is empty');
    if (!monthPattern.test(month)) return fault('INVALID_VALUE', 'Month', `"${month}" is not a month written YYYY-MM`);
    const reportedBy = value('Reported by');
    if (reportedBy === '') return fault('MISSING_VALUE', 'Reported by', 'Reported by is empty');
    if (reportedBy.toLowerCase() !== target.forceName.toLowerCase()) {
      return fault('OTHER_FORCE', 'Reported by', `reported by ${reportedBy}, not ${target.forceName}: import it as that force's data`);
    }
    const category = value('Crime type');
    if (category === '') return fault('MISSING_VALUE', 'Crime type', 'Crime type is empty');
    const crimeType = crimeTypeOf(category);
    if (crimeType === null) return fault('INVALID_VALUE', 'Crime type', `"${category}" is not a data.police.uk crime category`);
    if (crimeId === null && crimeType !== 'ANTI_SOCIAL_BEHAVIOUR')
      return fault('MISSING_VALUE', 'Crime ID', 'Crime ID is empty, and only anti-social behaviour has none');

    const coordinates = coordinatesOf(value('Latitude'), value('Longitude'));
    if ('fault' in coordinates) return coordinates;

    const crime = {
      crimeId,
      month,
      category,
      crimeType,
      place: value('Location') || null,
      ...coordinates.row,
      lsoaCode: value('LSOA code') || null,
      lsoaName: value('LSOA name') || null,
      lastOutcome: value('Last outcome category') || null,
      context: value('Context') || null,
    };

    if (crimeId !== null) {
      const first = firstLineOfId.get(crimeId.toLowerCase());
      if (first !== undefined) return fault('DUPLICATE_ID', 'Crime ID', `crime id already given on line ${first}`);
      firstLineOfId.set(crimeId.toLowerCase(), line);
      return { row: { ...crime, sourceKey: `police.uk:${crimeId.toLowerCase()}`, open: outcomeIsOpen(crime.lastOutcome) } };
    }
    const content = createHash('sha256')
      .update(JSON.stringify(policeUkColumns.map(value)))
      .digest('hex')
      .slice(0, 32);
    const times = (timesSeen.get(content) ?? 0) + 1;
    timesSeen.set(content, times);
    return { row: { ...crime, sourceKey: `police.uk:asb:${content}:${times}`, open: outcomeIsOpen(crime.lastOutcome) } };
  };
}

/** Both coordinates or neither (data.police.uk leaves both empty for a crime with no location). */
function coordinatesOf(latitude: string, longitude: string): Parsed<{ latitude: number | null; longitude: number | null }> {
  if (latitude === '' && longitude === '') return { row: { latitude: null, longitude: null } };
  if (longitude === '') return fault('MISSING_VALUE', 'Longitude', 'Longitude is empty but Latitude is given');
  if (latitude === '') return fault('MISSING_VALUE', 'Latitude', 'Latitude is empty but Longitude is given');
  const lat = Number(latitude);
  const lon = Number(longitude);
  if (!Number.isFinite(lon)) return fault('INVALID_VALUE', 'Longitude', `"${longitude}" is not a number`);
  if (!Number.isFinite(lat)) return fault('INVALID_VALUE', 'Latitude', `"${latitude}" is not a number`);
  if (lon < uk.west || lon > uk.east) return fault('INVALID_VALUE', 'Longitude', `${longitude} lies outside the United Kingdom`);
  if (lat < uk.south || lat > uk.north) return fault('INVALID_VALUE', 'Latitude', `${latitude} lies outside the United Kingdom`);
  return { row: { latitude: lat, longitude: lon } };
}
