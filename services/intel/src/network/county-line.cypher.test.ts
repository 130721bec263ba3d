import { addressShown } from '@crosslink/common';
import { HOSTILE, parameterProblems } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { analystViewer } from './viewer.testing.js';
import { countyLineFootprint } from './county-line.cypher.js';

const viewer = analystViewer;

describe('countyLineFootprint', () => {
  const { text, params } = countyLineFootprint(HOSTILE, 50, viewer);

  it('passes every value as a parameter', () => {
    expect(parameterProblems(countyLineFootprint(HOSTILE, 50, viewer))).toEqual([]);
    expect(Number(params['eventLimit'])).toBe(50);
  });

  it('gives a person only the addresses a visible case ties them to', () => {
    expect(text).toContain('MATCH (p)-[h:HAS_ADDRESS]->(l:Location) WHERE EXISTS { MATCH (ac:Case {id: h.caseId}) WHERE ((ac.force = $viewer.force');
    expect(text).not.toContain('[(p)-[:HAS_ADDRESS]->');
  });

  it('describes an address by the claim the viewer is shown, never by the node', () => {
    expect(text).toContain(`WITH l, ${addressShown('l')} AS claim`);
    expect(text).toContain(
      'l { .id, .postcode, line1: claim.line1, town: claim.town, latitude: claim.latitude, longitude: claim.longitude, forceArea: claim.forceArea }',
    );
    expect(text).not.toMatch(/\bl\s*\{(?:[^}]*,)?\s*\.(line1|line2|town|latitude|longitude|forceArea)\b/);
    expect(text).not.toMatch(/\bl\.(line1|line2|town|latitude|longitude|forceArea)\b/);
  });
});
