import { validationError } from '@crosslink/common';

export interface Coordinates {
  readonly latitude: number;
  readonly longitude: number;
}

// A box around the United Kingdom, Crown dependencies included; a point outside is a typo.
const LATITUDE = { min: 49.8, max: 60.9 };
const LONGITUDE = { min: -8.7, max: 1.8 };

/** WGS84 coordinates, both or neither, inside the UK. */
export function validateCoordinates(latitude: number | null | undefined, longitude: number | null | undefined, field: string): Coordinates | null {
  const hasLatitude = latitude !== null && latitude !== undefined;
  const hasLongitude = longitude !== null && longitude !== undefined;
  if (!hasLatitude && !hasLongitude) return null;
  if (!hasLatitude) throw validationError(`${field}.latitude`, 'Give the latitude with the longitude');
  if (!hasLongitude) throw validationError(`${field}.longitude`, 'Give the longitude with the latitude');
  if (!Number.isFinite(latitude) || latitude < LATITUDE.min || latitude > LATITUDE.max) {
    throw validationError(`${field}.latitude`, `A UK latitude is between ${LATITUDE.min} and ${LATITUDE.max}`);
  }
  if (!Number.isFinite(longitude) || longitude < LONGITUDE.min || longitude > LONGITUDE.max) {
    throw validationError(`${field}.longitude`, `A UK longitude is between ${LONGITUDE.min} and ${LONGITUDE.max}`);
  }
  return { latitude, longitude };
}
