import { describe, expect, it } from 'vitest';
import { buildGraph, edgeKey, mergeNetwork } from './graph-build.js';
import { coordinates, happened, link, network, opened, person, phone, place } from './fixtures.testing.js';
import { caseHighlight, casesOfRecord, mappedPlaces, placesMarked, timelineItems } from './linked-selection.js';

// Ann knows Bob in case c1; Bob lives at Claremont Road (c1) and holds a phone (c2); Cat lives at
// Anfield Road (c2), which has no coordinates; c3 is read but asserts nothing in view.
const answer = {
  ...network(
    [person('ann', 'Ann'), person('bob', 'Bob'), person('cat', 'Cat'), phone('ph'), place('moss', 'Claremont Road'), place('anf', 'Anfield Road')],
    [link('ann', 'bob'), link('bob', 'moss', 'LIVES_AT'), link('bob', 'ph', 'HOLDS_PHONE', 'c2'), link('cat', 'anf', 'LIVES_AT', 'c2', 'MERPOL')],
  ),
  places: [coordinates('moss', 53.455, -2.226), coordinates('anf', null, null, 'MERPOL')],
  cases: [opened('c2', '2026-09-14T10:00:00Z', 'MERPOL'), opened('c1', '2026-08-01T09:00:00Z'), opened('c3', '2026-01-01T00:00:00Z')],
  // c2's arrest and sighting; c1 has no event read; c3 asserts nothing in view.
  events: [
    happened('e2', 'c2', 'ARREST', '2026-09-20T17:40:00Z', 'MERPOL'),
    happened('e1', 'c2', 'SIGHTING', '2026-07-01T00:00:00Z', 'MERPOL'),
    happened('e3', 'c3', 'INCIDENT', '2026-01-02T00:00:00Z'),
  ],
};

describe('the map and timeline of a graph', () => {
  const graph = buildGraph(answer);

  it('maps the places with coordinates and counts those without', () => {
    expect(mappedPlaces(graph)).toEqual({
      places: [{ node: 'moss', label: 'Claremont Road', latitude: 53.455, longitude: -2.226, forceArea: 'GMP' }],
      unmapped: 1,
    });
  });

  it('puts on the timeline the events of the cases asserting links in view, or a case’s opening when it has none, oldest first', () => {
    expect(timelineItems(graph).map((item) => [item.key, item.caseId, item.kind, item.links])).toEqual([
      ['event:e1', 'c2', 'SIGHTING', 2],
      ['case:c1', 'c1', null, 2],
      ['event:e2', 'c2', 'ARREST', 2],
    ]);
  });

  it('keeps the places and cases of an expansion merged in', () => {
    const grown = buildGraph(answer);
    mergeNetwork(
      grown,
      {
        ...network([place('cre', 'Crewe station')], [link('cat', 'cre', 'LIVES_AT', 'c4', 'CHESHIRE')]),
        places: [coordinates('cre', 53.089, -2.433, 'CHESHIRE')],
        cases: [opened('c4', '2026-10-02T00:00:00Z', 'CHESHIRE')],
      },
      'cat',
    );
    expect(mappedPlaces(grown).places.map((found) => found.node)).toEqual(['moss', 'cre']);
    expect(timelineItems(grown).map((item) => item.key)).toEqual(['event:e1', 'case:c1', 'event:e2', 'case:c4']);
  });
});

describe('one selection across graph, map and timeline', () => {
  const graph = buildGraph(answer);

  it('marks on the timeline the cases asserting a chosen record’s links', () => {
    expect(casesOfRecord(graph, 'bob')).toEqual(new Set(['c1', 'c2']));
    expect(casesOfRecord(graph, 'ann')).toEqual(new Set(['c1']));
    expect(casesOfRecord(graph, 'gone')).toEqual(new Set());
  });

  it('lights up in the graph the records and links a chosen case asserts', () => {
    const light = caseHighlight(graph, 'c2');
    expect(light?.nodes).toEqual(new Set(['bob', 'ph', 'cat', 'anf']));
    expect(light?.edges).toEqual(new Set([edgeKey(link('bob', 'ph', 'HOLDS_PHONE', 'c2')), edgeKey(link('cat', 'anf', 'LIVES_AT', 'c2', 'MERPOL'))]));
    expect(caseHighlight(graph, 'c3')).toBeNull();
  });

  it('marks on the map the chosen place, the places a chosen record links to, or those of a chosen case', () => {
    expect(placesMarked(graph, 'moss', null)).toEqual(new Set(['moss']));
    expect(placesMarked(graph, 'bob', null)).toEqual(new Set(['moss']));
    expect(placesMarked(graph, 'ann', null)).toEqual(new Set());
    expect(placesMarked(graph, 'ann', caseHighlight(graph, 'c2'))).toEqual(new Set(['anf']));
    expect(placesMarked(graph, null, null)).toEqual(new Set());
  });
});
