import { describe, expect, it } from 'vitest';
import { analysisGraph, type AnalysisGraph } from './analysis-graph.js';
import { betweenness } from './betweenness.js';
import { seededRandom } from './network.analysis.js';

/** The analysis graph of these records and the pairs linking them (a pair given twice is one link). */
function graphOf(ids: readonly string[], pairs: readonly (readonly [string, string])[]): AnalysisGraph {
  return analysisGraph(
    ids.map((id) => ({ id, kind: 'PERSON', label: id, foreign: false })),
    pairs.map(([from, to]) => ({ kind: 'KNOWS', from, to, caseId: 'c1', caseReference: null, force: 'GMP' })),
  );
}

/** Groups of 25 in rings of chords, one in ten linked to someone in another group: the benchmark's shape. */
function groups(people: number, seed: number): AnalysisGraph {
  const random = seededRandom(seed);
  const pairs: [string, string][] = [];
  for (let i = 0; i < people; i++) {
    const block = Math.floor(i / 25) * 25;
    for (const step of [1, 2]) pairs.push([`p${i}`, `p${block + ((i - block + step) % 25)}`]);
    const j = Math.floor(random() * people);
    if (random() < 0.1 && j !== i) pairs.push([`p${i}`, `p${j}`]);
  }
  return graphOf(
    Array.from({ length: people }, (_, i) => `p${i}`),
    pairs,
  );
}

/** A path a–b–c–d: b and c each lie on the chains of two pairs (a–c, a–d and b–d, a–d). */
function path(): AnalysisGraph {
  return graphOf(
    ['a', 'b', 'c', 'd'],
    [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ],
  );
}

describe('betweenness', () => {
  it('counts each pair once, splitting it among equally short chains', () => {
    expect(Object.fromEntries(betweenness(path()).scores)).toEqual({ a: 0, b: 2, c: 2, d: 0 });
    const square = graphOf(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'a'],
      ],
    );
    // a–c goes through b or d, half each; likewise b–d through a or c.
    expect(Object.fromEntries(betweenness(square).scores)).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });

  it('is exact up to the threshold and says so; above it, samples the sources it was given', () => {
    const graph = groups(600, 7);
    const exact = betweenness(graph);
    expect(exact).toMatchObject({ approximate: false, sources: 600 });
    const estimated = betweenness(graph, { exactUpTo: 100, pivots: 150, random: seededRandom(3) });
    expect(estimated).toMatchObject({ approximate: true, sources: 150 });
    // Drawing every source is the exact count again.
    const everyone = betweenness(graph, { exactUpTo: 100, pivots: 600, random: seededRandom(3) });
    for (const [id, score] of exact.scores) expect(everyone.scores.get(id)).toBeCloseTo(score, 6);
  });

  it('estimates a large network’s bridges well from a sample of sources', () => {
    const graph = groups(3_000, 11);
    const exact = betweenness(graph, { exactUpTo: 10_000 }).scores;
    const estimated = betweenness(graph, { exactUpTo: 1_000, pivots: 500, random: seededRandom(1) }).scores;
    const top = (scores: Map<string, number>, k: number) =>
      new Set(
        [...scores]
          .sort((a, b) => b[1] - a[1])
          .slice(0, k)
          .map(([id]) => id),
      );
    // Most of the exact top 20 are in the estimated top 40, and the total is close.
    const exactTop = top(exact, 20);
    const estimatedTop = top(estimated, 40);
    expect([...exactTop].filter((id) => estimatedTop.has(id)).length).toBeGreaterThanOrEqual(15);
    const sum = (scores: Map<string, number>) => [...scores.values()].reduce((a, b) => a + b, 0);
    expect(Math.abs(sum(estimated) - sum(exact)) / sum(exact)).toBeLessThan(0.1);
  });
});
