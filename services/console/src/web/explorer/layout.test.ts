import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph-build.js';
import { initialPosition, layOut, layOutInSlices, layoutIterations, neighbourSpread, positionNear, sliceIterations, unitHash } from './layout.js';
import { link, network, person } from './fixtures.testing.js';

describe('positions', () => {
  it('draws the same place for the same id, within [0, 1)', () => {
    expect(unitHash('p1')).toBe(unitHash('p1'));
    expect(unitHash('p1')).not.toBe(unitHash('p2'));
    for (const id of ['', 'a', 'b'.repeat(1000)]) {
      expect(unitHash(id)).toBeGreaterThanOrEqual(0);
      expect(unitHash(id)).toBeLessThan(1);
    }
    expect(initialPosition('p1', 100)).toEqual(initialPosition('p1', 100));
    const near = positionNear({ x: 10, y: 10 }, 'p1', 4);
    expect(Math.hypot(near.x - 10, near.y - 10)).toBeLessThanOrEqual(4);
    expect(Math.hypot(near.x - 10, near.y - 10)).toBeGreaterThanOrEqual(2);
  });

  it('runs fewer iterations past 2,000 records', () => {
    expect(layoutIterations(100)).toBeGreaterThanOrEqual(100);
    expect(layoutIterations(100)).toBeLessThanOrEqual(200);
    expect(layoutIterations(5_000)).toBeLessThan(layoutIterations(2_000));
    expect(sliceIterations(100)).toBe(50);
    expect(sliceIterations(5_000)).toBe(8);
    expect(sliceIterations(100_000)).toBe(1);
  });
});

describe('layOut', () => {
  it('moves linked records closer together than unlinked ones, and leaves finite positions', () => {
    const people = Array.from({ length: 12 }, (_, i) => person(`p${i}`));
    const links = [...people.slice(1, 6).map((p) => link('p0', p.id)), ...people.slice(7).map((p) => link('p6', p.id, 'KNOWS', 'c2'))];
    const graph = buildGraph(network(people, links));
    layOut(graph);
    graph.forEachNode((_id, node) => {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    });
    const at = (id: string) => graph.getNodeAttributes(id);
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(distance('p0', 'p1')).toBeLessThan(distance('p1', 'p7'));
    expect(neighbourSpread(graph)).toBeGreaterThan(0);
  });

  it('leaves an empty or one-record graph alone', () => {
    const graph = buildGraph(network([person('p0')], []));
    const before = { ...graph.getNodeAttributes('p0') };
    layOut(graph);
    expect(graph.getNodeAttributes('p0')).toEqual(before);
  });
});

describe('layOutInSlices', () => {
  const star = () => {
    const people = Array.from({ length: 8 }, (_, i) => person(`p${i}`));
    return buildGraph(
      network(
        people,
        people.slice(1).map((p) => link('p0', p.id)),
      ),
    );
  };

  it('lays the graph out across several turns, then says so', async () => {
    const graph = star();
    const before = { ...graph.getNodeAttributes('p1') };
    let finished = false;
    layOutInSlices(graph, () => (finished = true));
    expect(finished).toBe(false);
    await new Promise<void>((resolve) => {
      const wait = () => (finished ? resolve() : setTimeout(wait, 5));
      wait();
    });
    expect(graph.getNodeAttributes('p1')).not.toEqual(before);
  });

  it('stops when asked', async () => {
    const graph = star();
    const before = { ...graph.getNodeAttributes('p1') };
    let finished = false;
    const stop = layOutInSlices(graph, () => (finished = true));
    stop();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(finished).toBe(false);
    expect(graph.getNodeAttributes('p1')).toEqual(before);
  });
});
