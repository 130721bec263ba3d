import { describe, expect, it } from 'vitest';
import { storedObject, type ObjectRow, type SightingRow } from './object.sightings.js';

const sighting = (caseId: string, own: boolean, claim: Record<string, string | null> = {}): SightingRow => ({
  caseId,
  force: own ? 'GMP' : 'MPS',
  recordedBy: 'someone',
  recordedAt: '2026-01-01T00:00:00Z',
  own,
  at: null,
  ...claim,
});
const vehicle = (sightings: SightingRow[], handsetUses: ObjectRow['handsetUses'] = []): ObjectRow => ({
  __typename: 'Vehicle',
  id: 'v1',
  vrm: 'AB12CDE',
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'someone',
  sightings,
  handsetUses,
});

describe('an object as the viewer may see it', () => {
  it('keeps the sightings that say something as claims, in order, without the working fields', () => {
    const seen = storedObject(vehicle([sighting('own', true, { make: 'Ford' }), sighting('bare', true), sighting('theirs', false, { colour: 'Grey' })]));
    expect(seen.claims.map((c) => c.caseId)).toEqual(['own', 'theirs']);
    expect(seen.claims[0]).not.toHaveProperty('own');
    expect(seen.claims[0]).not.toHaveProperty('at');
    expect(seen).not.toHaveProperty('sightings');
  });

  it('is the viewer’s own data when seen through their force’s cases, with no other force’s claim shown', () => {
    expect(storedObject(vehicle([sighting('own', true, { make: 'Ford' }), sighting('theirs', false)])).foreign).toBe(false);
  });

  it('is another force’s data when seen only through its cases, or when it shows its claim or handset', () => {
    expect(storedObject(vehicle([sighting('theirs', false)])).foreign).toBe(true);
    expect(storedObject(vehicle([sighting('own', true), sighting('theirs', false, { colour: 'Grey' })])).foreign).toBe(true);
    expect(storedObject(vehicle([sighting('own', true)], [{ imei: '490154203237518', own: false }])).foreign).toBe(true);
  });

  it('lists each handset once', () => {
    const uses = [
      { imei: '490154203237518', own: true },
      { imei: '490154203237518', own: true },
    ];
    expect(storedObject(vehicle([sighting('own', true)], uses)).handsets).toEqual(['490154203237518']);
  });
});
