import type { AnalysisGraph } from './analysis-graph.js';

/**
 * Betweenness centrality of an unweighted undirected graph: for each record, how many shortest
 * chains between two other records pass through it (pairs counted once, split among equally short
 * chains). Brandes' algorithm, on the graph's flat adjacency arrays, so that a breadth-first pass
 * from one source is a few tight loops.
 *
 * Exact when the graph has at most `exactUpTo` nodes. Above that it is estimated from `pivots`
 * sources drawn at random (seeded, so the same subgraph gives the same answer) and scaled up by
 * n / pivots (Brandes and Pich, "Centrality estimation in large networks", 2007): the records that
 * bridge a network stand out long before every source has been visited.
 */
export interface BetweennessOptions {
  readonly exactUpTo?: number;
  readonly pivots?: number;
  readonly random?: () => number;
}

export interface BetweennessScores {
  readonly scores: Map<string, number>;
  /** True when the scores are estimated from a sample of sources. */
  readonly approximate: boolean;
  /** How many sources the breadth-first passes started from. */
  readonly sources: number;
}

export const EXACT_BETWEENNESS_UP_TO = 2_000;
export const BETWEENNESS_PIVOTS = 500;

export function betweenness(graph: AnalysisGraph, options: BetweennessOptions = {}): BetweennessScores {
  const { ids, offsets, adjacency } = graph;
  const n = ids.length;

  const exactUpTo = options.exactUpTo ?? EXACT_BETWEENNESS_UP_TO;
  const approximate = n > exactUpTo;
  const sources = approximate ? sample(n, Math.min(n, options.pivots ?? BETWEENNESS_PIVOTS), options.random ?? Math.random) : range(n);

  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (const s of sources) {
    sigma[s] = 1;
    distance[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      const paths = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = adjacency[k]!;
        const seen = distance[w]!;
        if (seen === -1) {
          distance[w] = next;
          order[tail++] = w;
          sigma[w] = paths;
        } else if (seen === next) sigma[w] = sigma[w]! + paths;
      }
    }
    // Back from the farthest: each node passes its dependency on to the predecessors on its chains.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const previous = distance[w]! - 1;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let k = offsets[w]!, end = offsets[w + 1]!; k < end; k++) {
        const v = adjacency[k]!;
        if (distance[v] === previous) delta[v] = delta[v]! + sigma[v]! * share;
      }
      centrality[w] = centrality[w]! + delta[w]!;
    }
    // Only what this pass reached was touched: reset just that for the next source.
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      sigma[v] = 0;
      distance[v] = -1;
      delta[v] = 0;
    }
  }
  // Each pair was counted from both of its ends; a sample stands for n / |sample| times as many sources.
  const scale = (approximate ? n / sources.length : 1) / 2;
  return { scores: new Map(ids.map((id, i) => [id, centrality[i]! * scale])), approximate, sources: sources.length };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** `k` distinct indices below `n`, drawn without replacement (a partial Fisher–Yates shuffle). */
function sample(n: number, k: number, random: () => number): number[] {
  const pool = range(n);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}
