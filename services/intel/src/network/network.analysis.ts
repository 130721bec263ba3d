import type { KeyPlayerMeasure } from '../generated/schema-types.js';
import type { AnalysisGraph } from './analysis-graph.js';
import { betweenness, EXACT_BETWEENNESS_UP_TO } from './betweenness.js';
import { louvain } from './graphology.js';
import { pagerank } from './pagerank.js';

/**
 * The maths of network analysis, on a scope's subgraph already read under the viewer's visibility:
 * nothing here sees a record the viewer may not. Links are undirected and counted once per pair of
 * records, whatever their kinds and cases, so two people who know each other in three cases are as
 * close as two who know each other in one.
 */

export type Measure = KeyPlayerMeasure;

export interface Ranked {
  readonly id: string;
  readonly score: number;
  /** 1 for the highest score; ties share a rank. */
  readonly rank: number;
}

export interface Community {
  /** 0 for the largest group, then by size; ties by their smallest member id. */
  readonly index: number;
  readonly members: readonly string[];
}

export interface Communities {
  readonly groups: readonly Community[];
  /** Newman modularity of the partition, from -0.5 to 1: how much more linked within groups than chance. */
  readonly modularity: number;
}

/** The `first` records by `measure`, best first (ties by id, so the order is stable). */
export function keyPlayers(graph: AnalysisGraph, measure: Measure, first: number): Ranked[] {
  const scores = scoresBy(graph, measure);
  const ordered = [...scores].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  const ranked: Ranked[] = [];
  for (const [i, [id, score]] of ordered.entries()) {
    if (i >= first) break;
    const previous = ranked[i - 1];
    ranked.push({ id, score: round(score), rank: previous !== undefined && round(score) === previous.score ? previous.rank : i + 1 });
  }
  return ranked;
}

/** Whether `keyPlayers` estimates rather than counts for this graph and measure (betweenness on a large scope). */
export function approximates(graph: AnalysisGraph, measure: Measure): boolean {
  return measure === 'BETWEENNESS' && graph.order > EXACT_BETWEENNESS_UP_TO;
}

function scoresBy(graph: AnalysisGraph, measure: Measure): Map<string, number> {
  switch (measure) {
    case 'DEGREE':
      return new Map(graph.ids.map((id, i) => [id, graph.degree(i)] as const));
    case 'BETWEENNESS':
      // Raw pair counts: how many shortest paths between other records pass through each one;
      // estimated from a seeded sample of sources on a large scope (see betweenness.ts).
      return betweenness(graph, { random: seededRandom(1) }).scores;
    case 'PAGERANK': {
      const ranks = pagerank(graph);
      return new Map(graph.ids.map((id, i) => [id, ranks[i]!] as const));
    }
    case 'TRIANGLES':
      return triangles(graph);
  }
}

/**
 * For each record, the number of pairs of its neighbours that are linked to each other: its
 * neighbours are marked, then each neighbour's own neighbours that are marked are counted (every
 * such pair twice, once from each end).
 */
export function triangles(graph: AnalysisGraph): Map<string, number> {
  const marked = new Int32Array(graph.order).fill(-1);
  const counts = new Map<string, number>();
  for (let v = 0; v < graph.order; v++) {
    const around = graph.neighbours(v);
    for (const u of around) marked[u] = v;
    let twice = 0;
    for (const u of around) for (const w of graph.neighbours(u)) if (marked[w] === v) twice++;
    counts.set(graph.ids[v]!, twice / 2);
  }
  return counts;
}

/**
 * Groups of records more linked to each other than to the rest (Louvain). Seeded, so the same
 * subgraph always gives the same groups. Records with no link are groups of one.
 */
export function communities(graph: AnalysisGraph, seed = 1): Communities {
  if (graph.size === 0) {
    const groups = [...graph.ids].sort().map((id, index) => ({ index, members: [id] }));
    return { groups, modularity: 0 };
  }
  const detailed = louvain.detailed(graph.toGraphology(), { rng: seededRandom(seed), getEdgeWeight: null });
  const byCommunity = new Map<number, string[]>();
  for (const [node, community] of Object.entries(detailed.communities)) {
    const members = byCommunity.get(community) ?? [];
    members.push(node);
    byCommunity.set(community, members);
  }
  const groups = [...byCommunity.values()]
    .map((members) => members.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1))
    .map((members, index) => ({ index, members }));
  return { groups, modularity: round(detailed.modularity) };
}

/** A small deterministic generator (mulberry32) so community detection is repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
