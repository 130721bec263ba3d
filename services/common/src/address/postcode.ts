import { validationError } from '../errors/crosslink-error.js';

/** A UK postcode and the levels it splits into, e.g. B12 9QA → B, B12, B12 9, B12 9QA. */
export interface Postcode {
  /** Normalised: upper case, one space before the inward code. */
  readonly unit: string;
  readonly area: string;
  readonly district: string;
  readonly sector: string;
}

// Outward code: area (1-2 letters) and district (digit, then an optional digit or letter).
// Inward code: sector digit and two unit letters, never C, I, K, M, O or V.
const shape = /^([A-PR-UWYZ][A-HK-Y]?)([0-9][0-9A-Z]?)([0-9])([ABD-HJLNP-UW-Z]{2})$/;

/** Parses a UK postcode written in any case and spacing; throws VALIDATION_FAILED naming `field`. */
export function parsePostcode(raw: string, field: string): Postcode {
  const compact = raw.toUpperCase().replace(/\s+/g, '');
  if (compact === 'GIR0AA') return { unit: 'GIR 0AA', area: 'GIR', district: 'GIR', sector: 'GIR 0' };
  const match = shape.exec(compact);
  if (!match) throw validationError(field, `${raw.trim() || '(empty)'} is not a UK postcode`);
  const [, area = '', district = '', sector = '', unit = ''] = match;
  const outward = area + district;
  return { unit: `${outward} ${sector}${unit}`, area, district: outward, sector: `${outward} ${sector}` };
}
