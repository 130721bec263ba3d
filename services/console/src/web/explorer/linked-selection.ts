import type { ExplorerGraph } from './graph-types.js';
import type { NetworkCase, NetworkPlace } from './network-fields.js';
import type { Highlight } from './paths.js';

/**
 * How the graph, the map and the timeline follow one selection: a record chosen anywhere is the
 * graph's selected node, a place on the map, and the cases asserting its links on the timeline; a
 * case chosen on the timeline lights up the records and links it asserts, in the graph and on the map.
 */

/** A place the map can draw: a location record of the graph with coordinates. */
export interface MappedPlace {
  node: string;
  label: string;
  latitude: number;
  longitude: number;
  forceArea: string | null;
}

/**
 * The graph's places with coordinates, in a stable order (by label, then id), and how many of its
 * places have none (or have not been read: a path's records come without).
 */
export function mappedPlaces(graph: ExplorerGraph): { places: MappedPlace[]; unmapped: number } {
  const places = graph.getAttribute('places');
  const mapped: MappedPlace[] = [];
  let unmapped = 0;
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'LOCATION') return;
    const place: NetworkPlace | undefined = places[node];
    if (place === undefined || place.latitude === null || place.longitude === null) unmapped += 1;
    else mapped.push({ node, label: attributes.label, latitude: place.latitude, longitude: place.longitude, forceArea: place.forceArea });
  });
  return { places: mapped.sort((a, b) => a.label.localeCompare(b.label) || a.node.localeCompare(b.node)), unmapped };
}

/**
 * A mark on the timeline: an event of a case asserting links in view, or, for such a case with no
 * event read, its opening. Choosing a mark chooses its case.
 */
export interface TimelineItem {
  key: string;
  caseId: string;
  reference: string;
  force: string;
  title: string | null;
  /** When it happened (an event) or was opened (a case); null when not recorded. */
  at: string | null;
  /** The event's kind (SIGHTING, ARREST, …), or null for a case's opening. */
  kind: string | null;
  description: string | null;
  /** Links in view the case asserts. */
  links: number;
}

/** The timeline's marks, oldest first (undated last): the events of the cases in view, or their openings. */
export function timelineItems(graph: ExplorerGraph): TimelineItem[] {
  const cases = graph.getAttribute('cases');
  const links = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => {
    if (attributes.caseId !== null && cases[attributes.caseId] !== undefined) links.set(attributes.caseId, (links.get(attributes.caseId) ?? 0) + 1);
  });
  const of = (found: NetworkCase) => ({
    caseId: found.id,
    reference: found.reference,
    force: found.force,
    title: found.title,
    links: links.get(found.id) ?? 0,
  });
  const items: TimelineItem[] = [];
  const withEvents = new Set<string>();
  for (const event of Object.values(graph.getAttribute('events'))) {
    const found = cases[event.caseId];
    if (found === undefined || !links.has(found.id)) continue;
    withEvents.add(found.id);
    items.push({ key: `event:${event.id}`, ...of(found), at: event.occurredAt, kind: event.kind, description: event.description });
  }
  for (const id of links.keys()) {
    const found = cases[id]!;
    if (!withEvents.has(id)) items.push({ key: `case:${id}`, ...of(found), at: found.openedAt, kind: null, description: null });
  }
  return items.sort((a, b) => (a.at ?? '\uffff').localeCompare(b.at ?? '\uffff') || a.reference.localeCompare(b.reference) || a.key.localeCompare(b.key));
}

/** The cases asserting a record's links. */
export function casesOfRecord(graph: ExplorerGraph, node: string): Set<string> {
  const found = new Set<string>();
  if (!graph.hasNode(node)) return found;
  graph.forEachEdge(node, (_edge, attributes) => {
    if (attributes.caseId !== null) found.add(attributes.caseId);
  });
  return found;
}

/** The records and links a case asserts, as a highlight for the graph; null when it asserts none here. */
export function caseHighlight(graph: ExplorerGraph, caseId: string): Highlight | null {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.caseId !== caseId) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return edges.size === 0 ? null : { nodes, edges };
}

/**
 * The places the map marks for a selection: those a chosen case's links touch; else the chosen
 * record itself when it is a place, and the places it links to.
 */
export function placesMarked(graph: ExplorerGraph, record: string | null, highlight: Highlight | null): Set<string> {
  const marked = new Set<string>();
  const isPlace = (node: string) => graph.hasNode(node) && graph.getNodeAttribute(node, 'kind') === 'LOCATION';
  if (highlight !== null) {
    for (const node of highlight.nodes) if (isPlace(node)) marked.add(node);
    return marked;
  }
  if (record === null || !graph.hasNode(record)) return marked;
  if (isPlace(record)) marked.add(record);
  graph.forEachNeighbor(record, (neighbour) => {
    if (isPlace(neighbour)) marked.add(neighbour);
  });
  return marked;
}
