import { edgeKey, type NetworkAnswer, type NetworkEdge, type NetworkNode, type NodeKind } from './network.model.js';
import type { LinkRow } from './network.links.js';

/**
 * Builds a network hop by hop from the links read around each frontier. Holds at most `limit`
 * nodes: a link to a record that does not fit is dropped and the answer marked truncated. Withheld
 * links are kept only as the forces that know of something touching each visible record.
 */
export class NetworkAssembly {
  private readonly nodes = new Map<string, NetworkNode>();
  private readonly edges = new Map<string, NetworkEdge>();
  private readonly withheld = new Map<string, Set<string>>();
  private truncated = false;

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.nodes.size;
  }

  get full(): boolean {
    return this.nodes.size >= this.limit;
  }

  /** The records held so far, by id. */
  get held(): ReadonlyMap<string, NetworkNode> {
    return this.nodes;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string): NetworkNode | undefined {
    return this.nodes.get(id);
  }

  /** Adds starting records; those beyond the limit are left out and the answer marked truncated. */
  addNodes(nodes: readonly NetworkNode[]): NetworkNode[] {
    const added: NetworkNode[] = [];
    for (const node of nodes) {
      if (this.nodes.has(node.id)) continue;
      if (this.full) {
        this.truncated = true;
        continue;
      }
      this.nodes.set(node.id, node);
      added.push(node);
    }
    return added;
  }

  /**
   * Takes the links read around the frontier. With `grow`, records at their far ends join the
   * network (up to the limit) and are returned as the next frontier; without, only links between
   * records already held are kept (the last hop closes the network on itself).
   */
  addLinks(rows: readonly LinkRow[], grow: boolean): NetworkNode[] {
    const next: NetworkNode[] = [];
    for (const row of rows) {
      if (!this.nodes.has(row.nearId)) continue;
      if (row.link === null) {
        if (row.withheldBy !== null) this.withhold(row.withheldBy, row.nearId);
        continue;
      }
      const { link } = row;
      if (!this.nodes.has(link.farId)) {
        if (!grow) continue;
        if (this.full) {
          this.truncated = true;
          continue;
        }
        const node: NetworkNode = { id: link.farId, kind: link.farKind, label: link.farLabel ?? '', foreign: link.farForeign };
        this.nodes.set(node.id, node);
        next.push(node);
      }
      const edge: NetworkEdge = {
        kind: link.kind,
        from: row.nearId,
        to: link.farId,
        caseId: link.caseId,
        caseReference: link.caseReference,
        force: link.force,
      };
      const key = edgeKey(edge);
      if (!this.edges.has(key)) this.edges.set(key, edge);
    }
    return next;
  }

  /** Marks that the read behind the answer hit its row cap, so links may be missing. */
  markTruncated(): void {
    this.truncated = true;
  }

  answer(): NetworkAnswer {
    const withheld = [...this.withheld].map(([force, touches]) => ({ force, touches: [...touches].sort() })).sort((a, b) => (a.force < b.force ? -1 : 1));
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()], withheld, truncated: this.truncated };
  }

  private withhold(force: string, nearId: string): void {
    const touches = this.withheld.get(force) ?? new Set();
    touches.add(nearId);
    this.withheld.set(force, touches);
  }
}

/** Groups record ids by kind, as the repository reads them. */
export function byKind(nodes: readonly { readonly id: string; readonly kind: NodeKind }[]): Partial<Record<NodeKind, string[]>> {
  const out: Partial<Record<NodeKind, string[]>> = {};
  for (const node of nodes) (out[node.kind] ??= []).push(node.id);
  return out;
}
