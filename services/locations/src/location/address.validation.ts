import { addressKey, forceCodePattern, parsePostcode, validationError } from '@crosslink/common';
import type { NewAddress } from './location.model.js';
import { validateCoordinates } from './coordinates.js';
import { forceAreaOf } from './force-area.js';

export interface AddressInput {
  readonly line1: string;
  readonly line2?: string | null;
  readonly town: string;
  readonly postcode: string;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
  /** The force area, when it differs from the postcode area's usual force. */
  readonly forceArea?: string | null;
}

const LINE_MAX = 200;

function tidy(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

/** Validates an address and derives its key: the first line's key plus the postcode. */
export function validateAddress(input: AddressInput, field: string): NewAddress {
  const line1 = tidy(input.line1);
  const line2 = input.line2 ? tidy(input.line2) || null : null;
  const town = tidy(input.town);
  if (line1 === '') throw validationError(`${field}.line1`, 'The first address line is required');
  if (town === '') throw validationError(`${field}.town`, 'A town is required');
  for (const [name, value] of [
    ['line1', line1],
    ['line2', line2 ?? ''],
    ['town', town],
  ] as const) {
    if (value.length > LINE_MAX) throw validationError(`${field}.${name}`, `At most ${LINE_MAX} characters`);
  }
  const postcode = parsePostcode(input.postcode, `${field}.postcode`);
  const coordinates = validateCoordinates(input.latitude, input.longitude, field);
  const forceArea = input.forceArea?.trim().toUpperCase() || forceAreaOf(postcode.area);
  if (forceArea !== null && !forceCodePattern.test(forceArea)) {
    throw validationError(`${field}.forceArea`, 'A force code is 2-12 letters or digits, e.g. GMP');
  }
  return {
    line1,
    line2,
    town,
    postcode: postcode.unit,
    postcodeArea: postcode.area,
    postcodeDistrict: postcode.district,
    postcodeSector: postcode.sector,
    latitude: coordinates?.latitude ?? null,
    longitude: coordinates?.longitude ?? null,
    forceArea,
    addressKey: addressKey(line1, postcode.unit),
  };
}
