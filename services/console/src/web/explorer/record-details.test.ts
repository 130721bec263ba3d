import { describe, expect, it } from 'vitest';
import { buildGraph, markerKey } from './graph-build.js';
import { findNodes, recordDetails, recordOf } from './record-details.js';
import { link, network, person, phone } from './fixtures.testing.js';

const graph = buildGraph(
  network(
    [person('a', 'Ann Smith'), person('b', 'Bob Jones'), phone('ph', '+447700900001'), person('c', 'Cat Smith')],
    [
      link('a', 'b', 'KNOWS', 'c1', 'GMP'),
      link('a', 'ph', 'HOLDS_PHONE', 'c2', 'WMP'),
      link('a', 'c', 'KNOWS', 'c2', 'WMP'),
      link('b', 'c', 'KNOWS', 'c1', 'GMP'),
    ],
    [
      { force: 'MPS', touches: ['a'], message: 'Known to MPS: ask its officers for access' },
      { force: 'BTP', touches: ['a', 'b'], message: 'Known to BTP: ask its officers for access' },
    ],
  ),
);

describe('recordDetails', () => {
  it('reads a record’s forces, cases, links and the forces that know more of it', () => {
    expect(recordDetails(graph, 'a')).toEqual({
      id: 'a',
      label: 'Ann Smith',
      kind: 'PERSON',
      forces: ['GMP', 'WMP'],
      cases: [
        { id: 'c1', reference: 'GMP-2026-c1', force: 'GMP' },
        { id: 'c2', reference: 'WMP-2026-c2', force: 'WMP' },
      ],
      links: [
        { kind: 'KNOWS', count: 2 },
        { kind: 'HOLDS_PHONE', count: 1 },
      ],
      knownTo: [
        { force: 'BTP', message: 'Known to BTP: ask its officers for access', marker: markerKey('BTP', 'a') },
        { force: 'MPS', message: 'Known to MPS: ask its officers for access', marker: markerKey('MPS', 'a') },
      ],
      touches: null,
      message: null,
    });
  });

  it('reads a marker as its message and the record it touches', () => {
    expect(recordDetails(graph, markerKey('MPS', 'a'))).toMatchObject({
      kind: 'WITHHELD',
      label: 'Known to MPS',
      message: 'Known to MPS: ask its officers for access',
      touches: { id: 'a', label: 'Ann Smith' },
      cases: [],
      knownTo: [],
    });
    expect(recordDetails(graph, 'nothing')).toBeNull();
  });

  it('names records as the API does, and markers not at all', () => {
    expect(recordOf(graph, 'ph')).toEqual({ kind: 'PHONE', id: 'ph' });
    expect(recordOf(graph, markerKey('MPS', 'a'))).toBeNull();
    expect(recordOf(graph, 'nothing')).toBeNull();
  });
});

describe('findNodes', () => {
  it('finds records by label, case aside, by label, leaving markers out', () => {
    expect(findNodes(graph, 'smith')).toEqual({
      entries: [
        { id: 'a', label: 'Ann Smith', kind: 'PERSON' },
        { id: 'c', label: 'Cat Smith', kind: 'PERSON' },
      ],
      matched: 2,
    });
    expect(findNodes(graph, '').matched).toBe(4);
    expect(findNodes(graph, '', 2)).toMatchObject({ matched: 4, entries: [{ id: 'ph' }, { id: 'a' }] });
  });
});
