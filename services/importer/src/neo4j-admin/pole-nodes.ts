import { randomUUID } from 'node:crypto';
import { nameKey } from '@crosslink/common';
import { crimeTypeOf, outcomeIsOpen } from '../police-uk/crime-categories.js';
import { fault, recordFault, type Header, type ImportFormat, type Parsed } from '../run/import-format.js';
import { knownCaseKeys } from '../run/imported-cases.cypher.js';
import { createCases, type NewImportedCase } from '../run/imported-cases.js';
import { indexCaseId, type BundleContext } from './bundle-ids.js';
import { locationRow, objectRow } from '../pole/pole-values.js';
import {
  knownKeys,
  merged,
  mergeLocations,
  mergeObjects,
  mergePeople,
  type LocationRow,
  type ObjectKind,
  type ObjectRow,
  type PersonRow,
} from '../pole/pole.cypher.js';
import { ukDate } from './source-dates.js';

/** Crime types Crosslink's cross-force work adds to data.police.uk's categories, as a source may write them. */
const casework: Readonly<Record<string, string>> = {
  'county lines': 'COUNTY_LINES',
  'modern slavery': 'MODERN_SLAVERY',
  'human trafficking': 'HUMAN_TRAFFICKING',
  fraud: 'FRAUD',
  'money laundering': 'MONEY_LAUNDERING',
  'child sexual exploitation': 'CHILD_SEXUAL_EXPLOITATION',
};

/**
 * The reader of one nodes file: checks each row's `:ID` (present, not seen before in the bundle),
 * then lets `parse` read the rest; a good row's id is kept with what it became.
 */
function nodeParser<T>(
  header: Header,
  context: BundleContext,
  parse: (value: (column: string) => string, id: string) => Parsed<T>,
  refOf: (row: T) => { kind: 'Case' | 'Person' | 'Location' | ObjectKind; key: string },
): (fields: readonly string[], line: number) => Parsed<T> {
  return (fields) => {
    const refused = recordFault(header, fields);
    if (refused !== null) return refused;
    const value = (column: string) => header.value(fields, column);
    const id = value(':ID');
    if (id === '') return fault('MISSING_VALUE', ':ID', ':ID is empty');
    if (context.ids.get(id) !== undefined) return fault('DUPLICATE_ID', ':ID', `:ID ${id} is already given to another node of the bundle`);
    const parsed = parse(value, id);
    if ('row' in parsed) context.ids.set(id, refOf(parsed.row));
    return parsed;
  };
}

/** Crime: a case of the force, with its crime type, date and outcome. */
export function crimeFormat(context: BundleContext): ImportFormat<NewImportedCase> {
  return {
    name: 'neo4j-admin:Crime',
    action: 'Import.neo4jAdmin',
    required: [':ID', 'date', 'type'],
    parser: (header) =>
      nodeParser(
        header,
        context,
        (value, id) => {
          const type = value('type');
          if (type === '') return fault('MISSING_VALUE', 'type', 'type is empty');
          const crimeType = crimeTypeOf(type) ?? casework[type.toLowerCase()] ?? null;
          if (crimeType === null) return fault('INVALID_VALUE', 'type', `"${type}" is not a crime type Crosslink knows`);
          const date = value('date');
          if (date === '') return fault('MISSING_VALUE', 'date', 'date is empty');
          const day = ukDate(date);
          if (day === null) return fault('INVALID_VALUE', 'date', `"${date}" is not a date written dd/mm/yyyy`);
          const reference = value('id') || null;
          const outcome = value('last_outcome') || null;
          const summary = [
            reference === null ? null : `Crime ${reference} of ${date}.`,
            value('note') ? `${value('note')}.` : null,
            value('charge') ? `Charge: ${value('charge')}.` : null,
            outcome === null ? null : `Last outcome: ${outcome}.`,
          ].filter((part) => part !== null);
          return {
            row: {
              sourceKey: `${context.source}:${id}`,
              title: Array.from(`${type}${reference === null ? '' : `, ${reference}`}`)
                .slice(0, 200)
                .join(''),
              summary: summary.length === 0 ? null : summary.join(' '),
              status: outcomeIsOpen(outcome) ? 'OPEN' : 'CLOSED',
              crimeTypes: [crimeType],
              openedAt: `${day}T00:00:00Z`,
              details: { crimeId: reference, lastOutcome: outcome },
            },
          };
        },
        (row) => ({ kind: 'Case', key: row.sourceKey }),
      ),
    write: (rows, target, run) => createCases(rows, context.source, target, run),
    countExisting: (rows) => knownCaseKeys(rows.map((row) => row.sourceKey)),
  };
}

const genders = new Set(['MALE', 'FEMALE', 'NON_BINARY', 'NOT_KNOWN']);

/** Person: one person record of the force's, in its nominal index; `name` is the forenames. */
export function personFormat(context: BundleContext): ImportFormat<PersonRow> {
  return {
    name: 'neo4j-admin:Person',
    action: 'Import.neo4jAdmin',
    required: [':ID', 'name', 'surname'],
    parser: (header) =>
      nodeParser(
        header,
        context,
        (value, id) => {
          const forenames = value('name');
          const surname = value('surname');
          if (forenames === '') return fault('MISSING_VALUE', 'name', 'name (the forenames) is empty');
          if (surname === '') return fault('MISSING_VALUE', 'surname', 'surname is empty');
          const written = value('date_of_birth');
          const dateOfBirth = written === '' ? null : ukDate(written);
          if (written !== '' && dateOfBirth === null) return fault('INVALID_VALUE', 'date_of_birth', `"${written}" is not a date written dd/mm/yyyy`);
          const gender = value('gender').toUpperCase() || null;
          if (gender !== null && !genders.has(gender))
            return fault('INVALID_VALUE', 'gender', `"${value('gender')}" is not MALE, FEMALE, NON_BINARY or NOT_KNOWN`);
          const age = value('age');
          if (age !== '' && !/^\d{1,3}$/.test(age)) return fault('INVALID_VALUE', 'age', `"${age}" is not an age in years`);
          return {
            row: {
              id: randomUUID(),
              sourceKey: `${context.source}:${id}`,
              role: 'ASSOCIATE',
              properties: {
                forenames,
                surname,
                nameKey: nameKey(forenames, surname),
                dateOfBirth,
                dateOfBirthPrecision: dateOfBirth === null ? null : 'DAY',
                gender,
                nhsNumber: value('nhs_no') || null,
                ageAtRecord: age === '' ? null : Number(age),
              },
            },
          };
        },
        (row) => ({ kind: 'Person', key: row.sourceKey }),
      ),
    write: async (rows, target, run) => merged(run, mergePeople(rows, indexCaseId(context), target.importedBy)),
    countExisting: (rows) =>
      knownKeys(
        'Person',
        rows.map((row) => row.sourceKey),
      ),
  };
}

/** Location: an address, one line and a UK postcode, merged with every other record of it. */
export function locationFormat(context: BundleContext): ImportFormat<LocationRow> {
  return {
    name: 'neo4j-admin:Location',
    action: 'Import.neo4jAdmin',
    required: [':ID', 'address', 'postcode'],
    parser: (header) =>
      nodeParser(
        header,
        context,
        (value) => {
          const latitude = coordinate(value('latitude:double') || value('latitude'), -90, 90);
          const longitude = coordinate(value('longitude:double') || value('longitude'), -180, 180);
          if (latitude === undefined) return fault('INVALID_VALUE', 'latitude:double', 'latitude is not a number from -90 to 90');
          if (longitude === undefined) return fault('INVALID_VALUE', 'longitude:double', 'longitude is not a number from -180 to 180');
          return locationRow(value('address'), value('postcode'), { line1: 'address', postcode: 'postcode' }, { latitude, longitude });
        },
        (row) => ({ kind: 'Location', key: row.addressKey }),
      ),
    write: async (rows, target, run) => merged(run, mergeLocations(rows, indexCaseId(context), target.importedBy)),
    countExisting: (rows) =>
      knownKeys(
        'Location',
        rows.map((row) => row.addressKey),
      ),
  };
}

/** A coordinate: null when empty, undefined when not a number in range. */
function coordinate(written: string, min: number, max: number): number | null | undefined {
  if (written === '') return null;
  const value = Number(written);
  return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

/** Phone, Email and Vehicle: shared objects, merged on the value Crosslink normalises them to (see objectRow). */
export function objectFormat(kind: ObjectKind, label: string, column: string, context: BundleContext): ImportFormat<ObjectRow> {
  return {
    name: `neo4j-admin:${label}`,
    action: 'Import.neo4jAdmin',
    required: [':ID', column],
    parser: (header) =>
      nodeParser<ObjectRow>(
        header,
        context,
        (value) => {
          const written = value(column);
          if (written === '') return fault('MISSING_VALUE', column, `${column} is empty`);
          return objectRow(kind, written, column, kind === 'Vehicle' ? { make: value('make') || null, model: value('model') || null } : {});
        },
        (row) => ({ kind, key: row.key }),
      ),
    write: async (rows, target, run) => merged(run, mergeObjects(kind, rows, indexCaseId(context), target.importedBy)),
    countExisting: (rows) =>
      knownKeys(
        kind,
        rows.map((row) => row.key),
      ),
  };
}
