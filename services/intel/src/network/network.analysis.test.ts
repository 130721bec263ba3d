import { describe, expect, it } from 'vitest';
import { analysisGraph } from './analysis-graph.js';
import { communities, keyPlayers, seededRandom, triangles } from './network.analysis.js';
import type { NetworkEdge, NetworkNode } from './network.model.js';

const node = (id: string): NetworkNode => ({ id, kind: 'PERSON', label: id, foreign: false });
const link = (from: string, to: string, caseId = 'c1'): NetworkEdge => ({ kind: 'KNOWS', from, to, caseId, caseReference: null, force: 'GMP' });

/** Two triangles joined by one bridge: A-B-C, C-D, D-E-F (and any extra links given). */
function bowtie(...extra: NetworkEdge[]) {
  const nodes = ['A', 'B', 'C', 'D', 'E', 'F'].map(node);
  const edges = [link('A', 'B'), link('B', 'C'), link('C', 'A'), link('C', 'D'), link('D', 'E'), link('E', 'F'), link('F', 'D'), ...extra];
  return analysisGraph(nodes, edges);
}

/** Betweenness by brute force: for every pair, the share of its shortest paths through each record. */
function bruteBetweenness(adjacency: Map<string, string[]>): Map<string, number> {
  const ids = [...adjacency.keys()].sort();
  const score = new Map(ids.map((id) => [id, 0]));
  const allShortest = (s: string, t: string): string[][] => {
    let level: string[][] = [[s]];
    const seen = new Set([s]);
    while (level.length > 0) {
      const done = level.filter((p) => p.at(-1) === t);
      if (done.length > 0) return done;
      const next: string[][] = [];
      const reached = new Set<string>();
      for (const path of level) {
        for (const n of adjacency.get(path.at(-1)!)!) {
          if (seen.has(n)) continue;
          reached.add(n);
          next.push([...path, n]);
        }
      }
      reached.forEach((n) => seen.add(n));
      level = next;
    }
    return [];
  };
  for (const [i, s] of ids.entries()) {
    for (const t of ids.slice(i + 1)) {
      const paths = allShortest(s, t);
      for (const path of paths) for (const v of path.slice(1, -1)) score.set(v, score.get(v)! + 1 / paths.length);
    }
  }
  return score;
}

/** PageRank by plain power iteration on an undirected graph with no dangling records. */
function powerPagerank(adjacency: Map<string, string[]>, alpha = 0.85, rounds = 200): Map<string, number> {
  const ids = [...adjacency.keys()];
  let rank = new Map(ids.map((id) => [id, 1 / ids.length]));
  for (let r = 0; r < rounds; r++) {
    const next = new Map(ids.map((id) => [id, (1 - alpha) / ids.length]));
    for (const id of ids) {
      const out = adjacency.get(id)!;
      for (const n of out) next.set(n, next.get(n)! + (alpha * rank.get(id)!) / out.length);
    }
    rank = next;
  }
  return rank;
}

function adjacencyOf(graph: ReturnType<typeof bowtie>): Map<string, string[]> {
  return new Map(graph.ids.map((id, i) => [id, [...graph.neighbours(i)].map((j) => graph.ids[j]!)]));
}

describe('key players', () => {
  it('ranks by degree, ties sharing a rank and ordered by id', () => {
    expect(keyPlayers(bowtie(), 'DEGREE', 3)).toEqual([
      { id: 'C', score: 3, rank: 1 },
      { id: 'D', score: 3, rank: 1 },
      { id: 'A', score: 2, rank: 3 },
    ]);
  });

  it('finds the bridge ends by betweenness: each lies on the 6 chains between the two triangles', () => {
    const ranked = keyPlayers(bowtie(), 'BETWEENNESS', 6);
    expect(ranked.slice(0, 2)).toEqual([
      { id: 'C', score: 6, rank: 1 },
      { id: 'D', score: 6, rank: 1 },
    ]);
    expect(ranked.slice(2).map((r) => r.score)).toEqual([0, 0, 0, 0]);
  });

  it('agrees with a brute-force betweenness on an irregular graph', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(node);
    const edges = [
      link('a', 'b'),
      link('a', 'c'),
      link('b', 'd'),
      link('c', 'd'),
      link('d', 'e'),
      link('e', 'f'),
      link('e', 'g'),
      link('f', 'h'),
      link('g', 'h'),
      link('b', 'c'),
    ];
    const graph = analysisGraph(nodes, edges);
    const expected = bruteBetweenness(adjacencyOf(graph));
    for (const { id, score } of keyPlayers(graph, 'BETWEENNESS', 8)) expect(score).toBeCloseTo(expected.get(id)!, 5);
  });

  it('agrees with a power-iteration PageRank', () => {
    const graph = bowtie();
    const expected = powerPagerank(adjacencyOf(graph));
    const ranked = keyPlayers(graph, 'PAGERANK', 6);
    for (const { id, score } of ranked) expect(score).toBeCloseTo(expected.get(id)!, 4);
    expect(ranked.slice(0, 2).map((r) => r.id)).toEqual(['C', 'D']);
  });

  it('spreads the rank of a record with no link over everyone, so ranks still sum to 1', () => {
    const graph = analysisGraph(['A', 'B', 'C', 'Z'].map(node), [link('A', 'B'), link('B', 'C')]);
    const ranked = keyPlayers(graph, 'PAGERANK', 4);
    expect(ranked.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 5);
    expect(ranked[0]?.id).toBe('B');
    // By symmetry A and C rank alike; Z, linked to no one, keeps only the shares spread over everyone.
    const score = new Map(ranked.map((r) => [r.id, r.score]));
    expect(score.get('A')).toBeCloseTo(score.get('C')!, 6);
    expect(score.get('Z')!).toBeLessThan(score.get('A')!);
  });

  it('counts the triangles each record closes', () => {
    const graph = bowtie(link('B', 'D')); // closes B-C-D
    expect(Object.fromEntries(triangles(graph))).toEqual({ A: 1, B: 2, C: 2, D: 2, E: 1, F: 1 });
  });

  it('links two records once however many kinds and cases link them', () => {
    const graph = analysisGraph(['A', 'B'].map(node), [link('A', 'B', 'c1'), link('B', 'A', 'c2'), { ...link('A', 'B'), kind: 'FAMILY_REL' }]);
    expect(graph.size).toBe(1);
  });

  it('ignores links to records outside the scope', () => {
    const graph = analysisGraph(['A', 'B'].map(node), [link('A', 'B'), link('A', 'Z')]);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
  });
});

describe('communities', () => {
  it('splits two triangles joined by a bridge into two groups, with their modularity', () => {
    const found = communities(bowtie());
    expect(found.groups.map((g) => g.members)).toEqual([
      ['A', 'B', 'C'],
      ['D', 'E', 'F'],
    ]);
    // Q = sum over groups of (links inside / m) - (degree sum / 2m)^2, m = 7: 2 * (3/7 - (7/14)^2).
    expect(found.modularity).toBeCloseTo(2 * (3 / 7 - 0.25), 5);
  });

  it('gives the same groups every time', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => node(`n${i}`));
    const edges = Array.from({ length: 60 }, (_, i) => link(`n${i % 30}`, `n${(i * 7 + 3) % 30}`));
    expect(communities(analysisGraph(nodes, edges))).toEqual(communities(analysisGraph(nodes, edges)));
  });

  it('makes each record with no link a group of its own', () => {
    expect(communities(analysisGraph(['B', 'A'].map(node), [])).groups.map((g) => g.members)).toEqual([['A'], ['B']]);
  });
});

describe('seeded random', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
