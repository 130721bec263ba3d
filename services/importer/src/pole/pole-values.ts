import { randomUUID } from 'node:crypto';
import { addressKey, isCrosslinkError, normaliseEmail, normalisePhone, normaliseVrm, parsePostcode } from '@crosslink/common';
import { fault, type Parsed } from '../run/import-format.js';
import type { LocationRow, ObjectKind, ObjectRow } from './pole.cypher.js';

/**
 * A phone number, e-mail address or registration as a shared object, keyed on the value Crosslink
 * normalises it to. A phone number or registration that does not normalise (a foreign number, an
 * odd way of writing one) is not wrong for its source: it is kept as written, marked
 * `unnormalised`, and still tied to whatever the source ties it to. An e-mail address that is not
 * one is a fault of its column.
 */
export function objectRow(kind: ObjectKind, written: string, column: string, claim: ObjectRow['claim'] = {}): Parsed<ObjectRow> {
  try {
    const key = kind === 'Phone' ? normalisePhone(written, column) : kind === 'Vehicle' ? normaliseVrm(written, column) : normaliseEmail(written, column);
    return { row: { id: randomUUID(), key, properties: {}, claim } };
  } catch (error) {
    if (!isCrosslinkError(error)) throw error;
    if (kind === 'EmailAddress') return fault('INVALID_VALUE', column, error.message);
    return { row: { id: randomUUID(), key: written.trim(), properties: { unnormalised: true }, claim } };
  }
}

/** An address: its first line and a UK postcode make its key; what the source says of it is its claim. */
export function locationRow(
  line1: string,
  postcodeWritten: string,
  columns: { readonly line1: string; readonly postcode: string },
  claim: Readonly<Record<string, string | number | null>> = {},
): Parsed<LocationRow> {
  if (line1 === '') return fault('MISSING_VALUE', columns.line1, `${columns.line1} is empty`);
  if (postcodeWritten === '') return fault('MISSING_VALUE', columns.postcode, `${columns.postcode} is empty`);
  let postcode;
  try {
    postcode = parsePostcode(postcodeWritten, columns.postcode);
  } catch (error) {
    if (isCrosslinkError(error)) return fault('INVALID_VALUE', columns.postcode, error.message);
    throw error;
  }
  return {
    row: {
      id: randomUUID(),
      addressKey: addressKey(line1, postcode.unit),
      postcode: postcode.unit,
      postcodeArea: postcode.area,
      postcodeDistrict: postcode.district,
      postcodeSector: postcode.sector,
      claim: { postcode: postcode.unit, line1, ...claim },
    },
  };
}
