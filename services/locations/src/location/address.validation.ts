import { validationError } from '@crosslink/common';
import type { NewAddress } from './location.model.js';
import { parsePostcode } from './postcode.js';

export interface AddressInput {
  readonly line1: string;
  readonly line2?: string | null;
  readonly town: string;
  readonly postcode: string;
}

const LINE_MAX = 200;

function tidy(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

/**
 * Validates an address and derives its key: the first line without punctuation or case, plus the
 * postcode. "Flat 2, 14 Lime St" and "flat 2 14 lime st" at the same postcode are one address.
 */
export function validateAddress(input: AddressInput, field: string): NewAddress {
  const line1 = tidy(input.line1);
  const line2 = input.line2 ? tidy(input.line2) || null : null;
  const town = tidy(input.town);
  if (line1 === '') throw validationError(`${field}.line1`, 'The first address line is required');
  if (town === '') throw validationError(`${field}.town`, 'A town is required');
  for (const [name, value] of [['line1', line1], ['line2', line2 ?? ''], ['town', town]] as const) {
    if (value.length > LINE_MAX) throw validationError(`${field}.${name}`, `At most ${LINE_MAX} characters`);
  }
  const postcode = parsePostcode(input.postcode, `${field}.postcode`);
  const addressKey = `${line1.toUpperCase().replace(/[^A-Z0-9 ]/g, '').replace(/\s+/g, ' ').trim()}|${postcode.unit}`;
  return {
    line1,
    line2,
    town,
    postcode: postcode.unit,
    postcodeArea: postcode.area,
    postcodeDistrict: postcode.district,
    postcodeSector: postcode.sector,
    addressKey,
  };
}
