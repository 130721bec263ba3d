import { describe, expect, it } from 'vitest';
import { HOSTILE, parameterProblems } from '../testing/cypher.js';
import type { ViewerParams } from '../auth/visibility.js';
import { print } from 'graphql';
import { addressesOfPeople, locationsByIds, PROVIDED_LOCATION_FIELDS, providedLocationTypeDefs, shownAddressFields, type Location } from './location-read.js';

const viewer: ViewerParams = { viewer: { force: 'GMP', crossForce: false, clearanceRank: 0, caveats: [] } };

const location = (shown: Location['shown']): Location => ({
  id: 'l1',
  postcode: 'M5 4WT',
  postcodeArea: 'M',
  postcodeDistrict: 'M5',
  postcodeSector: 'M5 4',
  shown,
  claims: [],
  foreign: false,
});

describe('addressesOfPeople', () => {
  it('passes every value as a parameter', () => {
    expect(parameterProblems(addressesOfPeople([HOSTILE], viewer))).toEqual([]);
  });

  it('reaches only visible people, through ties made in visible cases', () => {
    const query = addressesOfPeople(['p1'], viewer);
    expect(query.params['viewer']).toEqual(viewer.viewer);
    expect(query.text).toMatch(/MATCH \(p:Person \{id: personId\}\) WHERE EXISTS \{ MATCH \(p\)-\[:INVOLVED_IN\]->/);
    expect(query.text).toContain('WHERE EXISTS { MATCH (hc:Case {id: h.caseId}) WHERE');
    expect(query.text).toMatch(/hc\.force = \$viewer\.force OR \$viewer\.crossForce/);
  });

  it('projects each address with its shown claim, every visible claim, and whether it is foreign', () => {
    const { text } = addressesOfPeople(['p1'], viewer);
    expect(text).toContain('shown: head(COLLECT {');
    expect(text).toContain('claims: COLLECT {');
    expect(text).toContain('foreign: NOT EXISTS { MATCH (l)-[:RECORDED_IN]->(ownc:Case)');
  });
});

describe('locationsByIds', () => {
  it('passes every value as a parameter', () => {
    expect(parameterProblems(locationsByIds([HOSTILE], viewer))).toEqual([]);
  });

  it('reaches a location only through a visible case that records it', () => {
    const query = locationsByIds(['l1'], viewer);
    expect(query.text).toContain('MATCH (l)-[:RECORDED_IN]->(vc:Case)');
    expect(query.text).toMatch(/vc\.force = \$viewer\.force OR \$viewer\.crossForce/);
    expect(query.params['viewer']).toEqual(viewer.viewer);
  });
});

describe('shownAddressFields', () => {
  it('answers each field from the shown claim', () => {
    const shown = { line1: '4 Kestrel Close', line2: 'Ordsall', town: 'Salford', latitude: 53.47, longitude: -2.28, forceArea: null };
    const l = location(shown);
    expect(Object.fromEntries(Object.entries(shownAddressFields).map(([field, resolve]) => [field, resolve(l)]))).toEqual({
      line1: '4 Kestrel Close',
      line2: 'Ordsall',
      town: 'Salford',
      latitude: 53.47,
      longitude: -2.28,
    });
  });

  it('answers blanks and nulls when no claim is shown', () => {
    const l = location(null);
    expect([shownAddressFields.line1(l), shownAddressFields.town(l)]).toEqual(['', '']);
    expect([shownAddressFields.line2(l), shownAddressFields.latitude(l), shownAddressFields.longitude(l)]).toEqual([null, null, null]);
  });
});

describe('the Location fields other services provide', () => {
  it('are declared external on Location, keyed by id and not resolvable there', () => {
    const printed = print(providedLocationTypeDefs);
    expect(printed).toContain('type Location @key(fields: "id", resolvable: false)');
    for (const field of PROVIDED_LOCATION_FIELDS.split(' ')) expect(printed).toMatch(new RegExp(`\\b${field}: \\w+!? @external`));
  });

  it('include every field the shown claim answers', () => {
    expect(PROVIDED_LOCATION_FIELDS.split(' ')).toEqual(expect.arrayContaining(Object.keys(shownAddressFields)));
  });
});
