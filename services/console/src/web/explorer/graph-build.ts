import Graph from 'graphology';
import { baseSizeOf, kindColors, linkColors } from './graph-style.js';
import { initialPosition, neighbourSpread, positionNear, unitHash, type Point } from './layout.js';
import type { EdgeAttrs, ExplorerGraph, GraphAttrs, NodeAttrs } from './graph-types.js';
import type { Network, NetworkEdge, NetworkNode, WithheldMarker } from './network-fields.js';

export function createGraph(): ExplorerGraph {
  const graph = new Graph<NodeAttrs, EdgeAttrs, GraphAttrs>({ type: 'undirected', multi: true });
  graph.replaceAttributes({ places: {}, cases: {}, events: {} });
  return graph;
}

/** Keeps an answer's places, cases and events with the graph (an answer without them, a path's, adds none). */
function mergeContext(graph: ExplorerGraph, network: Network): void {
  mergeById(graph, 'places', network.places);
  mergeById(graph, 'cases', network.cases);
  mergeById(graph, 'events', network.events);
}

function mergeById<K extends keyof GraphAttrs>(graph: ExplorerGraph, key: K, more: GraphAttrs[K][string][] | undefined): void {
  if (more === undefined || more.length === 0) return;
  graph.updateAttribute(key, (known) => ({ ...known, ...Object.fromEntries(more.map((item) => [item.id, item])) }) as GraphAttrs[K]);
}

/** A link's identity, as the service keys it: one kind between two records in one case. */
export function edgeKey(edge: Pick<NetworkEdge, 'kind' | 'from' | 'to' | 'caseId'>): string {
  const [a, b] = edge.from < edge.to ? [edge.from, edge.to] : [edge.to, edge.from];
  return `${edge.kind}|${a}|${b}|${edge.caseId ?? ''}`;
}

/** The key of a withheld marker (node and link alike): one per force per record it touches. */
export function markerKey(force: string, touches: string): string {
  return `withheld:${force}:${touches}`;
}

export function isMarker(graph: ExplorerGraph, node: string): boolean {
  return graph.hasNode(node) && graph.getNodeAttribute(node, 'kind') === 'WITHHELD';
}

function recordAttributes(node: NetworkNode, at: Point): NodeAttrs {
  const size = baseSizeOf(node.kind);
  const color = kindColors[node.kind];
  return {
    ...at,
    label: node.label,
    size,
    baseSize: size,
    color,
    kindColor: color,
    kind: node.kind,
    force: null,
    message: null,
    touches: null,
    score: null,
    community: null,
  };
}

function addEdge(graph: ExplorerGraph, edge: NetworkEdge): boolean {
  const key = edgeKey(edge);
  if (graph.hasEdge(key) || !graph.hasNode(edge.from) || !graph.hasNode(edge.to)) return false;
  graph.addUndirectedEdgeWithKey(key, edge.from, edge.to, {
    kind: edge.kind,
    caseId: edge.caseId,
    caseReference: edge.caseReference,
    force: edge.force,
    color: linkColors[edge.kind],
    size: 1,
  });
  return true;
}

/** A grey "Known to FORCE" node beside the record it touches, joined to it by a grey link. */
function addMarker(graph: ExplorerGraph, marker: WithheldMarker, touches: string, at: Point): boolean {
  const key = markerKey(marker.force, touches);
  if (graph.hasNode(key) || !graph.hasNode(touches)) return false;
  const size = baseSizeOf('WITHHELD');
  const color = kindColors.WITHHELD;
  graph.addNode(key, {
    ...at,
    label: `Known to ${marker.force}`,
    size,
    baseSize: size,
    color,
    kindColor: color,
    kind: 'WITHHELD',
    force: marker.force,
    message: marker.message,
    touches,
    score: null,
    community: null,
  });
  graph.addUndirectedEdgeWithKey(key, key, touches, {
    kind: 'WITHHELD',
    caseId: null,
    caseReference: null,
    force: marker.force,
    color: linkColors.WITHHELD,
    size: 1,
  });
  return true;
}

/** A new graph of a network answer, every node spread at random for the layout to start from. */
export function buildGraph(network: Network): ExplorerGraph {
  const graph = createGraph();
  const order = network.nodes.length + network.withheld.reduce((sum, marker) => sum + marker.touches.length, 0);
  for (const node of network.nodes) if (!graph.hasNode(node.id)) graph.addNode(node.id, recordAttributes(node, initialPosition(node.id, order)));
  for (const edge of network.edges) addEdge(graph, edge);
  for (const marker of network.withheld) {
    for (const touches of marker.touches) addMarker(graph, marker, touches, initialPosition(markerKey(marker.force, touches), order));
  }
  mergeContext(graph, network);
  return graph;
}

/**
 * Merges an answer (an expansion, or the records of a path) into a laid-out graph in place. A new
 * record goes beside `near` when given, else beside a record it links to, so it lands by what it
 * touches. Answers the keys of the nodes added.
 */
export function mergeNetwork(graph: ExplorerGraph, network: Network, near: string | null): string[] {
  const spread = neighbourSpread(graph);
  const seen = new Set<string>();
  const fresh = network.nodes.filter((node) => !graph.hasNode(node.id) && !seen.has(node.id) && seen.add(node.id));
  const anchored = near !== null && graph.hasNode(near) ? graph.getNodeAttributes(near) : null;
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list === undefined) neighbours.set(a, [b]);
    else list.push(b);
  };
  for (const edge of network.edges) {
    link(edge.from, edge.to);
    link(edge.to, edge.from);
  }
  let waiting = fresh;
  while (waiting.length > 0) {
    const next: NetworkNode[] = [];
    for (const node of waiting) {
      const anchor =
        anchored ?? (neighbours.get(node.id) ?? []).map((id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : null)).find((found) => found !== null);
      if (anchor === undefined || anchor === null) next.push(node);
      else graph.addNode(node.id, recordAttributes(node, positionNear(anchor, node.id, spread)));
    }
    if (next.length === waiting.length) {
      const centre = centreOf(graph);
      for (const node of next) graph.addNode(node.id, recordAttributes(node, positionNear(centre, node.id, spread * 3)));
      break;
    }
    waiting = next;
  }
  for (const edge of network.edges) addEdge(graph, edge);
  for (const marker of network.withheld) {
    for (const touches of marker.touches) {
      if (!graph.hasNode(touches)) continue;
      addMarker(graph, marker, touches, positionNear(graph.getNodeAttributes(touches), markerKey(marker.force, touches), spread / 2));
    }
  }
  mergeContext(graph, network);
  return fresh.map((node) => node.id);
}

function centreOf(graph: ExplorerGraph): Point {
  if (graph.order === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  graph.forEachNode((_node, attributes) => {
    x += attributes.x;
    y += attributes.y;
  });
  return { x: x / graph.order, y: y / graph.order };
}

/**
 * What identifies an answer's content: the same network read again (a cached answer, then the
 * network's) is not laid out twice; a different one (a purpose stated, a link added) is.
 */
export function networkFingerprint(network: Network): string {
  const parts = [
    ...network.nodes.map((node) => `${node.id}/${node.label}`),
    ...network.edges.map(edgeKey),
    ...network.withheld.map((marker) => `${marker.force}>${marker.touches.join(',')}`),
  ];
  return `${network.nodes.length}:${network.edges.length}:${network.withheld.length}:${network.truncated ? 't' : 'f'}:${unitHash(parts.join('\n')).toString(36)}`;
}
