import { randomUUID } from 'node:crypto';
import { isCrosslinkError, nameKey, normaliseIdentifiers, parseDateOfBirth, type DatePrecision } from '@crosslink/common';
import { ukDate } from '../neo4j-admin/source-dates.js';
import type { LocationRow, ObjectKind, ObjectRow, PersonRow } from '../pole/pole.cypher.js';
import { locationRow, objectRow } from '../pole/pole-values.js';
import { fault, recordFault, type Header, type Parsed } from '../run/import-format.js';

/** The columns of a nominal list; only the names are required, and columns not listed are ignored. */
export const nominalColumns = [
  'forenames',
  'surname',
  'date_of_birth',
  'gender',
  'nationality',
  'role',
  'pnc_id',
  'cro_number',
  'ni_number',
  'passport_number',
  'driving_licence',
  'phone',
  'email',
  'vehicle',
  'address',
  'postcode',
] as const;

/** One person of the list with what the list gives of them: their phones, e-mail addresses, vehicles and address. */
export interface Nominal {
  readonly person: PersonRow;
  readonly objects: readonly { readonly kind: ObjectKind; readonly row: ObjectRow }[];
  readonly address: LocationRow | null;
}

const roles = new Set(['SUSPECT', 'VICTIM', 'WITNESS', 'ASSOCIATE', 'OFFENDER']);
const genders = new Set(['MALE', 'FEMALE', 'NON_BINARY', 'NOT_KNOWN']);
const identifierColumns = {
  pncId: 'pnc_id',
  croNumber: 'cro_number',
  niNumber: 'ni_number',
  passportNumber: 'passport_number',
  drivingLicence: 'driving_licence',
} as const;
const objectColumns: readonly (readonly [ObjectKind, (typeof nominalColumns)[number]])[] = [
  ['Phone', 'phone'],
  ['EmailAddress', 'email'],
  ['Vehicle', 'vehicle'],
];

/**
 * The parser of a nominal list for one case. A person is keyed in the case by their name and date
 * of birth (the name key the API matches people on), so importing the list again finds them; the
 * same person twice in a list is a fault of the second line. Several phones, e-mail addresses or
 * vehicles go in one cell separated by `;`. A date of birth is YYYY-MM-DD (or YYYY-MM, YYYY) as the
 * API takes it, or dd/mm/yyyy as spreadsheets write it.
 */
export function nominalParser(header: Header, caseReference: string, today: Date): (fields: readonly string[], line: number) => Parsed<Nominal> {
  const firstLine = new Map<string, number>();
  return (fields, line) => {
    const refused = recordFault(header, fields, nominalColumns);
    if (refused !== null) return refused;
    const value = (column: (typeof nominalColumns)[number]) => header.value(fields, column);
    const forenames = value('forenames');
    const surname = value('surname');
    if (forenames === '') return fault('MISSING_VALUE', 'forenames', 'forenames is empty');
    if (surname === '') return fault('MISSING_VALUE', 'surname', 'surname is empty');
    const born = dateOfBirth(value('date_of_birth'), today);
    if ('fault' in born) return born;
    const gender = value('gender').toUpperCase() || null;
    if (gender !== null && !genders.has(gender)) return fault('INVALID_VALUE', 'gender', `"${value('gender')}" is not MALE, FEMALE, NON_BINARY or NOT_KNOWN`);
    const nationality = value('nationality').toUpperCase() || null;
    if (nationality !== null && !/^[A-Z]{3}$/.test(nationality))
      return fault('INVALID_VALUE', 'nationality', 'nationality is an ISO 3166 three-letter code, e.g. GBR');
    const role = value('role').toUpperCase() || 'SUSPECT';
    if (!roles.has(role)) return fault('INVALID_VALUE', 'role', `"${value('role')}" is not a role (SUSPECT, VICTIM, WITNESS, ASSOCIATE, OFFENDER)`);

    let identifiers;
    try {
      identifiers = normaliseIdentifiers(
        Object.fromEntries(Object.entries(identifierColumns).map(([key, column]) => [key, value(column)])),
        'identifiers',
        today,
      );
    } catch (error) {
      if (!isCrosslinkError(error)) throw error;
      const key = String(error.details.field ?? '').replace(/^identifiers\./, '') as keyof typeof identifierColumns;
      return fault('INVALID_VALUE', identifierColumns[key] ?? '', error.message);
    }

    const objects: { kind: ObjectKind; row: ObjectRow }[] = [];
    for (const [kind, column] of objectColumns) {
      for (const written of value(column)
        .split(';')
        .map((v) => v.trim())
        .filter((v) => v !== '')) {
        const parsed = objectRow(kind, written, column);
        if ('fault' in parsed) return parsed;
        objects.push({ kind, row: parsed.row });
      }
    }
    let address: LocationRow | null = null;
    if (value('address') !== '' || value('postcode') !== '') {
      const parsed = locationRow(value('address'), value('postcode'), { line1: 'address', postcode: 'postcode' });
      if ('fault' in parsed) return parsed;
      address = parsed.row;
    }

    const key = `${nameKey(forenames, surname)}|${born.row?.value ?? ''}`;
    const first = firstLine.get(key);
    if (first !== undefined) return fault('DUPLICATE_ID', '', `the same person (name and date of birth) as line ${first}`);
    firstLine.set(key, line);
    return {
      row: {
        person: {
          id: randomUUID(),
          sourceKey: `nominal:${caseReference}:${key}`,
          role,
          properties: {
            forenames,
            surname,
            nameKey: nameKey(forenames, surname),
            dateOfBirth: born.row?.value ?? null,
            dateOfBirthPrecision: born.row?.precision ?? null,
            gender,
            nationality,
            ...identifiers,
          },
        },
        objects,
        address,
      },
    };
  };
}

function dateOfBirth(written: string, today: Date): Parsed<{ value: string; precision: DatePrecision } | null> {
  if (written === '') return { row: null };
  const iso = ukDate(written) ?? written;
  try {
    return { row: parseDateOfBirth(iso, 'date_of_birth', today) };
  } catch (error) {
    if (isCrosslinkError(error)) return fault('INVALID_VALUE', 'date_of_birth', `"${written}": ${error.message}`);
    throw error;
  }
}
