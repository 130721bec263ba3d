import type { ViewerParams } from '@crosslink/common';
import { HOSTILE, parameterProblems } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { addressesOfPeople, locationsByIds, recordAddress } from './location.cypher.js';

const viewer: ViewerParams = { viewer: { force: 'GMP', crossForce: true, clearanceRank: 2, caveats: [] } };
const hostile = HOSTILE;

const address = {
  id: hostile,
  personId: hostile,
  recordedBy: hostile,
  line1: `Flat 2, 14 Lime St ${hostile}`,
  line2: hostile,
  town: hostile,
  postcode: hostile,
  postcodeArea: hostile,
  postcodeDistrict: hostile,
  postcodeSector: hostile,
  addressKey: hostile,
  latitude: 53.45,
  longitude: -2.22,
  forceArea: hostile,
};

const builders = {
  locationsByIds: () => locationsByIds([hostile], viewer),
  addressesOfPeople: () => addressesOfPeople([hostile], viewer),
  recordAddress: () => recordAddress(address, viewer),
};

describe('location Cypher', () => {
  it.each(Object.entries(builders))('%s passes every value as a parameter', (_name, build) => {
    expect(parameterProblems(build())).toEqual([]);
  });

  it.each(Object.entries(builders))('%s only reaches records the $viewer may see', (_name, build) => {
    const query = build();
    expect(query.text).toContain('vc.force = $viewer.force OR $viewer.crossForce');
    expect(query.params['viewer']).toEqual(viewer.viewer);
  });

  it('locationsByIds reaches a location only through a visible case', () => {
    expect(locationsByIds(['l'], viewer).text).toContain('MATCH (l)<-[:HAS_ADDRESS]-(:Person)-[:INVOLVED_IN]->(vc:Case)');
  });

  it('recordAddress merges on the address key and passes every field', () => {
    const query = recordAddress(address, viewer);
    expect(query.text).toContain('MERGE (l:Location {addressKey: $addressKey})');
    expect(query.params).toEqual({ ...address, ...viewer });
  });
});
