import { validationError } from '../errors/crosslink-error.js';

/**
 * Strong identifiers of a person. Each is normalised to one written form so that the same number
 * typed two ways by two forces compares equal: that is what makes them worth storing.
 */
export interface Identifiers {
  readonly pncId: string | null;
  readonly croNumber: string | null;
  readonly niNumber: string | null;
  readonly passportNumber: string | null;
  readonly drivingLicence: string | null;
}

export type IdentifiersInput = { readonly [K in keyof Identifiers]?: string | null };

// The PNC check character: the year's last two digits and the 7-digit serial, read as one number,
// mod 23, indexed into this alphabet (no I, O or S; Z stands for 0).
const pncAlphabet = 'ZABCDEFGHJKLMNPQRTUVWXY';

const compact = (raw: string) => raw.trim().toUpperCase().replace(/\s+/g, '');

/**
 * A Police National Computer ID: year, serial and check character, written YYYY/NNNNNNNA or the
 * short YY/NNNNNNNA. Normalised to the long form with a 7-digit serial (2-digit years are read as
 * the latest year not after `today`); the check character must match.
 */
export function normalisePncId(raw: string, field: string, today: Date): string {
  const match = /^(\d{2}|\d{4})\/(\d{1,7})([A-Z])$/.exec(compact(raw));
  if (!match) throw validationError(field, 'A PNC ID is written YYYY/NNNNNNNA, e.g. 2008/0056560Z');
  const [, year = '', serial = '', check = ''] = match;
  const thisYear = today.getUTCFullYear();
  const century = Number(year) <= thisYear % 100 ? Math.floor(thisYear / 100) : Math.floor(thisYear / 100) - 1;
  const fullYear = year.length === 4 ? year : `${century}${year}`;
  const padded = serial.padStart(7, '0');
  const expected = pncAlphabet[Number(`${fullYear.slice(2)}${padded}`) % 23];
  if (check !== expected) throw validationError(field, `${raw.trim()} is not a PNC ID: its check character is wrong`);
  return `${fullYear}/${padded}${check}`;
}

/**
 * A Criminal Records Office number: NNNNNN/YYA (serial, year, check letter), or the fingerprint
 * form SF YY/NNNNNNA. The check letter's algorithm is not published, so the format alone is checked.
 */
export function normaliseCroNumber(raw: string, field: string): string {
  const value = compact(raw);
  const standard = /^(\d{1,6})\/(\d{2})([A-Z])$/.exec(value);
  if (standard) return `${(standard[1] ?? '').padStart(6, '0')}/${standard[2]}${standard[3]}`;
  const fingerprint = /^SF(\d{2})\/(\d{1,6})([A-Z])$/.exec(value);
  if (fingerprint) return `SF${fingerprint[1]}/${(fingerprint[2] ?? '').padStart(6, '0')}${fingerprint[3]}`;
  throw validationError(field, 'A CRO number is written NNNNNN/YYA or SF YY/NNNNNNA');
}

// HMRC: the first letter is never D, F, I, Q, U or V; the second never D, F, I, O, Q, U or V; and
// these prefixes are not allocated.
const ninoShape = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;
const ninoUnallocated = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** A National Insurance number: two letters, six digits and a suffix A–D, e.g. QQ 12 34 56 C → QQ123456C. */
export function normaliseNiNumber(raw: string, field: string): string {
  const value = compact(raw);
  if (!ninoShape.test(value) || ninoUnallocated.has(value.slice(0, 2))) {
    throw validationError(field, `${raw.trim() || '(empty)'} is not a National Insurance number`);
  }
  return value;
}

/** A passport number: 6 to 9 letters and digits (a UK passport's is nine digits). */
export function normalisePassportNumber(raw: string, field: string): string {
  const value = compact(raw);
  if (!/^[A-Z0-9]{6,9}$/.test(value)) throw validationError(field, 'A passport number is 6 to 9 letters and digits');
  return value;
}

/**
 * A driving licence number: the 16-character GB form (surname, birth decade, month (+5 for women),
 * day, year, initials, a digit, two check letters) or Northern Ireland's 8 digits.
 */
export function normaliseDrivingLicence(raw: string, field: string): string {
  const value = compact(raw);
  if (!/^[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}$/.test(value) && !/^\d{8}$/.test(value)) {
    throw validationError(field, 'A driving licence number is 16 characters (GB) or 8 digits (NI)');
  }
  return value;
}

/** Normalises whichever identifiers are given; blank or missing ones are null. */
export function normaliseIdentifiers(input: IdentifiersInput | null | undefined, field: string, today: Date): Identifiers {
  const given = (value: string | null | undefined) => (value?.trim() ? value : null);
  const apply = (value: string | null | undefined, fn: (raw: string) => string) => {
    const raw = given(value);
    return raw === null ? null : fn(raw);
  };
  return {
    pncId: apply(input?.pncId, (v) => normalisePncId(v, `${field}.pncId`, today)),
    croNumber: apply(input?.croNumber, (v) => normaliseCroNumber(v, `${field}.croNumber`)),
    niNumber: apply(input?.niNumber, (v) => normaliseNiNumber(v, `${field}.niNumber`)),
    passportNumber: apply(input?.passportNumber, (v) => normalisePassportNumber(v, `${field}.passportNumber`)),
    drivingLicence: apply(input?.drivingLicence, (v) => normaliseDrivingLicence(v, `${field}.drivingLicence`)),
  };
}
