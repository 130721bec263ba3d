import { validationError } from '../errors/crosslink-error.js';
import { parsePostcode } from './postcode.js';

/**
 * The part of an address key taken from its first line: accents, case and apostrophes dropped,
 * other punctuation read as a space. "Flat 2, 14 Lime St" and "flat 2 14 lime st" match;
 * "Flat 2,14" and "Flat 214" do not; "St Mary's" and "St Marys" do; "Tŷ Gwyn" keeps its letters.
 */
export function lineKey(line: string): string {
  return line
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What identifies an address whoever records it: the first line's key and the normalised postcode. */
export function addressKey(line1: string, postcodeUnit: string): string {
  return `${lineKey(line1)}|${postcodeUnit}`;
}

/**
 * The key of an address written on one line as "first line, postcode" (the postcode after the
 * last comma), as a subject check takes it: "Flat 2, 14 Lime St, M1 1AE".
 */
export function addressKeyOf(text: string, field: string): string {
  const comma = text.lastIndexOf(',');
  const line1 = comma < 0 ? '' : text.slice(0, comma);
  if (lineKey(line1) === '') throw validationError(field, 'Write an address as its first line and postcode, e.g. 14 Lime Street, M1 1AE');
  return addressKey(line1, parsePostcode(text.slice(comma + 1), field).unit);
}
