import type { ViewerParams, WriterParams } from '@crosslink/common';
import { HOSTILE, parameterProblems } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { caseForce, casesSharingLocation, occupantsOfLocations, recordAddress } from './location.cypher.js';

const viewer: ViewerParams & WriterParams = { viewer: { force: 'GMP', crossForce: true, clearanceRank: 2, caveats: [] }, writer: { anyForce: false } };
const hostile = HOSTILE;

const address = {
  id: hostile,
  caseId: hostile,
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
  occupantsOfLocations: () => occupantsOfLocations([hostile], viewer),
  recordAddress: () => recordAddress(address, viewer),
  casesSharingLocation: () => casesSharingLocation(hostile, hostile, viewer),
  caseForce: () => caseForce(hostile, viewer),
};

describe('location Cypher', () => {
  it.each(Object.entries(builders))('%s passes every value as a parameter', (_name, build) => {
    expect(parameterProblems(build())).toEqual([]);
  });

  it.each(Object.entries(builders))('%s only reaches records the $viewer may see', (_name, build) => {
    const query = build();
    expect(query.text).toMatch(/\w+\.force = \$viewer\.force OR \$viewer\.crossForce/);
    expect(query.params['viewer']).toEqual(viewer.viewer);
  });

  it('recordAddress merges on the address key, and keeps what the case says as its own claim', () => {
    const query = recordAddress(address, viewer);
    expect(query.text).toContain('MERGE (l:Location {addressKey: $addressKey})');
    expect(query.text).toContain('MERGE (l)-[s:RECORDED_IN]->(c)');
    // The shared node holds only the key: no description is ever set on it.
    expect(query.text).not.toMatch(/l\.(line1|line2|town|latitude|longitude|forceArea)\s*=/);
    const { line1, line2, town, latitude, longitude, forceArea } = address;
    expect(query.params['claim']).toEqual({ postcode: address.postcode, line1, line2, town, latitude, longitude, forceArea });
    expect(query.params['addressKey']).toBe(address.addressKey);
  });

  it('recordAddress writes only to a case the recorder may write to', () => {
    expect(recordAddress(address, viewer).text).toContain('(c.force = $viewer.force OR $writer.anyForce)');
  });
});
