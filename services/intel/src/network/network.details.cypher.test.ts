import { addressShown, caseVisible, locationVisible } from '@crosslink/common';
import { HOSTILE, parameterProblems } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { analystViewer } from './viewer.testing.js';
import { casesByIds, eventsOfCases, placesByIds } from './network.details.cypher.js';

const viewer = analystViewer;

describe('placesByIds', () => {
  const { text, params } = placesByIds([HOSTILE], viewer);

  it('passes the ids and the viewer as parameters', () => {
    expect(parameterProblems(placesByIds([HOSTILE], viewer))).toEqual([]);
    expect(params['ids']).toEqual([HOSTILE]);
    expect(params['viewer']).toEqual(viewer.viewer);
  });

  it('reads only places the viewer may see', () => {
    expect(text).toContain(`MATCH (l:Location) WHERE l.id IN $ids AND ${locationVisible('l')}`);
  });

  it('describes a place by the claim the viewer is shown, never by the node, by postcode', () => {
    expect(text).toContain(`WITH l, ${addressShown('l')} AS claim`);
    expect(text).toContain(
      'l { .id, .postcode, line1: claim.line1, town: claim.town, latitude: claim.latitude, longitude: claim.longitude, forceArea: claim.forceArea } AS place',
    );
    expect(text).not.toMatch(/\bl\s*\{(?:[^}]*,)?\s*\.(line1|line2|town|latitude|longitude|forceArea)\b/);
    expect(text).not.toMatch(/\bl\.(line1|line2|town|latitude|longitude|forceArea)\b/);
    expect(text).toContain('ORDER BY place.postcode, place.id');
  });
});

describe('casesByIds', () => {
  const { text, params } = casesByIds([HOSTILE], viewer);

  it('passes the ids and the viewer as parameters', () => {
    expect(parameterProblems(casesByIds([HOSTILE], viewer))).toEqual([]);
    expect(params['ids']).toEqual([HOSTILE]);
    expect(params['viewer']).toEqual(viewer.viewer);
  });

  it('reads only cases the viewer may see, oldest first', () => {
    expect(text).toContain(`MATCH (c:Case) WHERE c.id IN $ids AND ${caseVisible('c')}`);
    expect(text).toContain('crimeTypes: coalesce(c.crimeTypes, []), openedAt: toString(c.openedAt) } AS case');
    expect(text).toContain('ORDER BY c.openedAt, c.reference');
  });
});

describe('eventsOfCases', () => {
  const { text, params } = eventsOfCases([HOSTILE], 500, viewer);

  it('passes the ids, the limit and the viewer as parameters', () => {
    expect(parameterProblems(eventsOfCases([HOSTILE], 500, viewer))).toEqual([]);
    expect(params['ids']).toEqual([HOSTILE]);
    expect(params['viewer']).toEqual(viewer.viewer);
  });

  it('reads events only of cases the viewer may see, oldest first, at most the limit', () => {
    expect(text).toContain(`MATCH (c:Case) WHERE c.id IN $ids AND ${caseVisible('c')}`);
    expect(text).toContain('MATCH (e:Event)-[:ON_CASE]->(c)');
    expect(text).toContain('ORDER BY e.occurredAt, e.id LIMIT $limit');
  });
});
