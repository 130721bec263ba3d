import { describe, expect, it } from 'vitest';
import { buildGraph, edgeKey, isMarker, markerKey, mergeNetwork, networkFingerprint } from './graph-build.js';
import { kindColors, linkColors } from './graph-style.js';
import { layOut } from './layout.js';
import { link, network, person, phone } from './fixtures.testing.js';

const withheld = [{ force: 'MPS', touches: ['p2'], message: 'Known to MPS: ask its officers for access' }];
const answer = network(
  [person('p1', 'Ann'), person('p2', 'Bob'), phone('ph1', '+447700900001')],
  [link('p1', 'p2'), link('p2', 'ph1', 'HOLDS_PHONE', 'c2')],
  withheld,
);

describe('buildGraph', () => {
  const graph = buildGraph(answer);

  it('holds every record and link, coloured by kind, with a position', () => {
    expect(graph.order).toBe(4);
    expect(graph.getNodeAttributes('p1')).toMatchObject({ label: 'Ann', kind: 'PERSON', color: kindColors.PERSON, size: 5 });
    expect(graph.getNodeAttributes('ph1')).toMatchObject({ kind: 'PHONE', color: kindColors.PHONE, size: 4 });
    graph.forEachNode((_id, node) => {
      expect(Number.isFinite(node.x)).toBe(true);
      expect(Number.isFinite(node.y)).toBe(true);
    });
    const key = edgeKey(link('p2', 'ph1', 'HOLDS_PHONE', 'c2'));
    expect(graph.getEdgeAttributes(key)).toMatchObject({ kind: 'HOLDS_PHONE', caseReference: 'GMP-2026-c2', force: 'GMP', color: linkColors.HOLDS_PHONE });
  });

  it('draws a withheld marker as a grey node known to the force, linked grey to the record it touches', () => {
    const key = markerKey('MPS', 'p2');
    expect(isMarker(graph, key)).toBe(true);
    expect(graph.getNodeAttributes(key)).toMatchObject({ label: 'Known to MPS', color: kindColors.WITHHELD, touches: 'p2', message: withheld[0]!.message });
    expect(graph.getEdgeAttributes(key)).toMatchObject({ kind: 'WITHHELD', color: linkColors.WITHHELD });
    expect(graph.extremities(key).sort()).toEqual([key, 'p2'].sort());
  });

  it('keys a link the same whichever way it is read, and skips links to records it lacks', () => {
    expect(edgeKey(link('a', 'b'))).toBe(edgeKey(link('b', 'a')));
    const partial = buildGraph(network([person('p1')], [link('p1', 'gone')], [{ force: 'WMP', touches: ['gone'], message: '' }]));
    expect(partial.order).toBe(1);
    expect(partial.size).toBe(0);
  });

  it('keeps two kinds of link between the same records apart', () => {
    const graph = buildGraph(network([person('a'), person('b')], [link('a', 'b', 'KNOWS'), link('a', 'b', 'FAMILY_REL'), link('b', 'a', 'KNOWS')]));
    expect(graph.size).toBe(2);
  });
});

describe('mergeNetwork', () => {
  it('adds only what is new, placing new records beside the expanded one', () => {
    const graph = buildGraph(answer);
    layOut(graph);
    const before = { ...graph.getNodeAttributes('p1') };
    const expansion = network(
      [person('p1', 'Ann'), person('p3', 'Cat'), phone('ph9')],
      [link('p1', 'p3'), link('p1', 'ph9', 'HOLDS_PHONE'), link('p1', 'p2')],
      [{ force: 'WMP', touches: ['p3'], message: 'Known to WMP' }],
    );
    const added = mergeNetwork(graph, expansion, 'p1');
    expect(added.sort()).toEqual(['p3', 'ph9']);
    expect(graph.getNodeAttributes('p1')).toEqual(before);
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(6);
    const p3 = graph.getNodeAttributes('p3');
    const spread = Math.hypot(p3.x - before.x, p3.y - before.y);
    expect(spread).toBeGreaterThan(0);
    expect(isMarker(graph, markerKey('WMP', 'p3'))).toBe(true);
    expect(mergeNetwork(graph, expansion, 'p1')).toEqual([]);
    expect(graph.order).toBe(7);
  });

  it('anchors records of a path by the records they link to', () => {
    const graph = buildGraph(network([person('a'), person('z')], []));
    graph.mergeNodeAttributes('a', { x: 0, y: 0 });
    graph.mergeNodeAttributes('z', { x: 1000, y: 1000 });
    mergeNetwork(graph, network([person('b'), person('c')], [link('a', 'b'), link('b', 'c')]), null);
    const b = graph.getNodeAttributes('b');
    const c = graph.getNodeAttributes('c');
    expect(Math.hypot(b.x, b.y)).toBeLessThan(Math.hypot(b.x - 1000, b.y - 1000));
    expect(Math.hypot(c.x - b.x, c.y - b.y)).toBeLessThan(Math.hypot(c.x - 1000, c.y - 1000));
  });
});

describe('networkFingerprint', () => {
  it('is the same for the same content and differs when a record or link changes', () => {
    const again = structuredClone(answer);
    expect(networkFingerprint(again)).toBe(networkFingerprint(answer));
    expect(networkFingerprint({ ...answer, nodes: [...answer.nodes, person('p4')] })).not.toBe(networkFingerprint(answer));
    expect(networkFingerprint({ ...answer, edges: [link('p1', 'ph1')] })).not.toBe(networkFingerprint(answer));
    expect(networkFingerprint({ ...answer, truncated: true })).not.toBe(networkFingerprint(answer));
  });
});
