import type { LinkKind } from '../api/schema-enums.js';
import { edgeKey } from './graph-build.js';
import type { Network, NetworkEdge, NetworkNode, Paths } from './network-fields.js';

/** What a highlight keeps bright: every other node and link is dimmed. */
export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The records and links of the paths found, as a network answer to merge into the view. */
export function pathsAsNetwork(paths: Paths): Network {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const path of paths.paths) {
    for (const node of path.nodes) nodes.set(node.id, node);
    for (const step of path.steps) for (const link of step.links) edges.set(edgeKey(link), link);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    withheld: [],
    truncated: false,
    size: { nodes: nodes.size, edges: edges.size, truncated: false },
  };
}

/** The nodes and links (by their graph keys) on any of the paths; null when there is none. */
export function pathHighlight(paths: Paths): Highlight | null {
  if (paths.paths.length === 0) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths.paths) {
    for (const node of path.nodes) nodes.add(node.id);
    for (const step of path.steps) {
      nodes.add(step.from);
      nodes.add(step.to);
      for (const link of step.links) edges.add(edgeKey(link));
    }
  }
  return { nodes, edges };
}

/** One step of a path as the side panel lists it: from, to, and each link joining them with its case. */
export interface StepView {
  from: string;
  to: string;
  links: { kind: LinkKind; caseReference: string | null; force: string | null }[];
}

export function stepsOf(path: Paths['paths'][number]): StepView[] {
  const labels = new Map(path.nodes.map((node) => [node.id, node.label]));
  return path.steps.map((step) => ({
    from: labels.get(step.from) ?? step.from,
    to: labels.get(step.to) ?? step.to,
    links: step.links.map((link) => ({ kind: link.kind, caseReference: link.caseReference, force: link.force })),
  }));
}
