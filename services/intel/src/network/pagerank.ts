import type { AnalysisGraph } from './analysis-graph.js';

/**
 * PageRank of an undirected graph by power iteration on its adjacency arrays: each round every record
 * passes `alpha` of its rank to its neighbours in equal shares, records with no link spread theirs
 * over everyone, and everyone gets an equal share of the rest. Starts from equal ranks and stops when
 * a round moves the ranks by less than `tolerance` per record (in total), or after `rounds` rounds.
 * The ranks sum to 1.
 */
export function pagerank(graph: AnalysisGraph, alpha = 0.85, rounds = 100, tolerance = 1e-6): Float64Array {
  const n = graph.order;
  const { offsets, adjacency } = graph;
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let round = 0; round < rounds; round++) {
    let isolated = 0;
    for (let v = 0; v < n; v++) if (offsets[v] === offsets[v + 1]) isolated += rank[v]!;
    const base = (alpha * isolated + (1 - alpha)) / n;
    next.fill(base);
    for (let v = 0; v < n; v++) {
      const start = offsets[v]!;
      const end = offsets[v + 1]!;
      if (start === end) continue;
      const share = (alpha * rank[v]!) / (end - start);
      for (let k = start; k < end; k++) next[adjacency[k]!] = next[adjacency[k]!]! + share;
    }
    let moved = 0;
    for (let v = 0; v < n; v++) moved += Math.abs(next[v]! - rank[v]!);
    [rank, next] = [next, rank];
    if (moved < n * tolerance) break;
  }
  return rank;
}
