import { UndirectedGraph } from './graphology.js';
import type { NetworkEdge, NetworkNode } from './network.model.js';

/**
 * A scope's subgraph as the analysis reads it: records numbered 0…n-1 in the order given, and each
 * linked pair once (whatever the kinds and cases linking it), in compressed adjacency rows — the
 * neighbours of record i are `adjacency[offsets[i] … offsets[i + 1])`. Degree, betweenness,
 * PageRank and triangles run on these arrays directly; Louvain takes a graphology copy
 * (`toGraphology`), built on demand because graphology spends about 10 µs a link building one.
 */
export class AnalysisGraph {
  private graphology: UndirectedGraph | null = null;

  private constructor(
    readonly ids: readonly string[],
    /** The linked pairs, first appearance first, as [a0, b0, a1, b1, …]. */
    private readonly pairs: Int32Array,
    readonly offsets: Int32Array,
    readonly adjacency: Int32Array,
  ) {}

  /** The graph of `ids` and the pairs (indices into `ids`) given as [a0, b0, a1, b1, …], each pair once. */
  static of(ids: readonly string[], pairs: Int32Array): AnalysisGraph {
    const n = ids.length;
    const offsets = new Int32Array(n + 1);
    for (const end of pairs) offsets[end + 1]!++;
    for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i + 1]! + offsets[i]!;
    const adjacency = new Int32Array(pairs.length);
    const filled = offsets.slice(0, n);
    for (let k = 0; k < pairs.length; k += 2) {
      const a = pairs[k]!;
      const b = pairs[k + 1]!;
      adjacency[filled[a]!++] = b;
      adjacency[filled[b]!++] = a;
    }
    return new AnalysisGraph(ids, pairs, offsets, adjacency);
  }

  /** Number of records. */
  get order(): number {
    return this.ids.length;
  }

  /** Number of linked pairs. */
  get size(): number {
    return this.pairs.length / 2;
  }

  degree(i: number): number {
    return this.offsets[i + 1]! - this.offsets[i]!;
  }

  neighbours(i: number): Int32Array {
    return this.adjacency.subarray(this.offsets[i], this.offsets[i + 1]);
  }

  /** The same graph in graphology, records and pairs in the same order (Louvain's result depends on it). */
  toGraphology(): UndirectedGraph {
    if (this.graphology === null) {
      const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
      for (const id of this.ids) graph.addNode(id);
      for (let k = 0; k < this.pairs.length; k += 2) graph.addEdge(this.ids[this.pairs[k]!]!, this.ids[this.pairs[k + 1]!]!);
      this.graphology = graph;
    }
    return this.graphology;
  }
}

/** The analysis graph of a network: its records, and each pair its links join once (links leaving the records are left out). */
export function analysisGraph(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): AnalysisGraph {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const node of nodes) {
    if (index.has(node.id)) continue;
    index.set(node.id, ids.length);
    ids.push(node.id);
  }
  const n = ids.length;
  const seen = new Set<number>();
  const pairs: number[] = [];
  for (const edge of edges) {
    const a = index.get(edge.from);
    const b = index.get(edge.to);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(a, b);
  }
  return AnalysisGraph.of(ids, Int32Array.from(pairs));
}
