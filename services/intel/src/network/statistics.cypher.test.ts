import { addressShown } from '@crosslink/common';
import { HOSTILE, parameterProblems } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { analystViewer } from './viewer.testing.js';
import { noFilter } from './network.cypher.js';
import { hotspots } from './statistics.cypher.js';

const viewer = analystViewer;

describe('hotspots', () => {
  const { text } = hotspots({ ...noFilter, forces: [HOSTILE] }, 20, viewer);

  it('passes every value as a parameter', () => {
    expect(parameterProblems(hotspots({ ...noFilter, forces: [HOSTILE] }, 20, viewer))).toEqual([]);
  });

  it('counts for a case the addresses it records and its events’ places, not its people’s other addresses', () => {
    expect(text).toContain('MATCH (c)<-[:RECORDED_IN]-(l:Location) RETURN l');
    expect(text).toContain('MATCH (c)<-[:ON_CASE]-(:Event)-[:OCCURRED_AT]->(l:Location) RETURN l');
    expect(text).not.toContain('HAS_ADDRESS');
  });

  it('describes a place by the claim the viewer is shown, never by the node, keeping the order', () => {
    expect(text).toContain(`WITH l, cases, forces, ${addressShown('l')} AS claim`);
    expect(text).toMatch(/line1: claim\.line1, town: claim\.town, latitude: claim\.latitude, longitude: claim\.longitude,\s+forceArea: claim\.forceArea/);
    expect(text).not.toMatch(/\bl\s*\{(?:[^}]*,)?\s*\.(line1|line2|town|latitude|longitude|forceArea)\b/);
    expect(text).not.toMatch(/\bl\.(line1|line2|town|latitude|longitude|forceArea)\b/);
    expect(text).toContain('ORDER BY cases DESC, location.postcode, location.id');
  });
});
