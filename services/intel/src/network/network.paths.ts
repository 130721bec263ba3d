import type { NetworkEdge } from './network.model.js';

/**
 * All shortest paths between two records, found breadth first: the service reads the links around
 * the current frontier (under the viewer's visibility) and hands them to `advance`, one hop at a
 * time, until the target is reached or the hops run out. Every record reached at depth d keeps all
 * of its neighbours at depth d-1 as parents, so every shortest path can be walked back.
 */
export class ShortestPathSearch {
  private readonly depth = new Map<string, number>();
  private readonly parents = new Map<string, Set<string>>();
  private readonly links = new Map<string, NetworkEdge[]>();
  private current: string[];
  private level = 0;

  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    this.depth.set(from, 0);
    this.current = [from];
  }

  /** The records whose links the next hop needs. */
  get frontier(): readonly string[] {
    return this.current;
  }

  get found(): boolean {
    return this.depth.has(this.to);
  }

  /** Records reached so far. */
  get reached(): number {
    return this.depth.size;
  }

  /**
   * Takes the links touching the frontier and moves one hop out. Links between records both
   * already placed are kept for the steps they may explain, but add no parent.
   */
  advance(edges: readonly NetworkEdge[]): void {
    const inFrontier = new Set(this.current);
    const next = new Set<string>();
    const nextLevel = this.level + 1;
    for (const edge of edges) {
      for (const [a, b] of [
        [edge.from, edge.to],
        [edge.to, edge.from],
      ] as const) {
        if (!inFrontier.has(a) || a === b) continue;
        this.keepLink(edge);
        const seen = this.depth.get(b);
        if (seen === undefined) {
          this.depth.set(b, nextLevel);
          next.add(b);
        }
        if ((seen ?? nextLevel) === nextLevel) {
          const parents = this.parents.get(b) ?? new Set();
          parents.add(a);
          this.parents.set(b, parents);
        }
      }
    }
    this.level = nextLevel;
    this.current = [...next].sort();
  }

  /** Up to `limit` shortest paths as record ids from `from` to `to`, in a stable order. */
  paths(limit: number): string[][] {
    if (!this.found) return [];
    const out: string[][] = [];
    const walk = (node: string, suffix: string[]) => {
      if (out.length >= limit) return;
      if (node === this.from) {
        out.push([node, ...suffix]);
        return;
      }
      for (const parent of [...(this.parents.get(node) ?? [])].sort()) walk(parent, [node, ...suffix]);
    };
    walk(this.to, []);
    return out;
  }

  /** The links joining two consecutive records of a path (one per kind and case). */
  linksBetween(a: string, b: string): readonly NetworkEdge[] {
    return this.links.get(pairKey(a, b)) ?? [];
  }

  private keepLink(edge: NetworkEdge): void {
    const key = pairKey(edge.from, edge.to);
    const kept = this.links.get(key) ?? [];
    if (!kept.some((k) => k.kind === edge.kind && k.caseId === edge.caseId)) kept.push(edge);
    this.links.set(key, kept);
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
