import type { LinkKind } from '../api/schema-enums.js';
import type { ExplorerGraph, GraphKind } from './graph-types.js';
import type { RecordRef } from './network-fields.js';

export interface CaseSource {
  id: string | null;
  reference: string;
  force: string | null;
}

/** What the side panel shows of the selected node, read from the links the network answer gave. */
export interface RecordDetails {
  id: string;
  label: string;
  kind: GraphKind;
  /** Forces owning the cases its links come from, alphabetically. */
  forces: string[];
  /** The cases asserting its links, by reference. */
  cases: CaseSource[];
  /** Its links in view by kind, most first. */
  links: { kind: LinkKind; count: number }[];
  /** Forces that know of something touching it that the viewer may not see. */
  knownTo: { force: string; message: string; marker: string }[];
  /** For a withheld marker: the record it touches. */
  touches: { id: string; label: string } | null;
  message: string | null;
}

export function recordDetails(graph: ExplorerGraph, id: string): RecordDetails | null {
  if (!graph.hasNode(id)) return null;
  const node = graph.getNodeAttributes(id);
  const forces = new Set<string>();
  const cases = new Map<string, CaseSource>();
  const links = new Map<LinkKind, number>();
  const knownTo: RecordDetails['knownTo'] = [];
  graph.forEachEdge(id, (_edge, edge, source, target) => {
    if (edge.kind === 'WITHHELD') {
      const marker = source === id ? target : source;
      if (node.kind !== 'WITHHELD') knownTo.push({ force: edge.force ?? '', message: graph.getNodeAttribute(marker, 'message') ?? '', marker });
      return;
    }
    links.set(edge.kind, (links.get(edge.kind) ?? 0) + 1);
    if (edge.force !== null) forces.add(edge.force);
    if (edge.caseReference !== null && !cases.has(edge.caseReference))
      cases.set(edge.caseReference, { id: edge.caseId, reference: edge.caseReference, force: edge.force });
  });
  const touched = node.touches !== null && graph.hasNode(node.touches) ? { id: node.touches, label: graph.getNodeAttribute(node.touches, 'label') } : null;
  return {
    id,
    label: node.label,
    kind: node.kind,
    forces: [...forces].sort(),
    cases: [...cases.values()].sort((a, b) => a.reference.localeCompare(b.reference)),
    links: [...links].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    knownTo: knownTo.sort((a, b) => a.force.localeCompare(b.force)),
    touches: touched,
    message: node.message,
  };
}

/** The record a node stands for, as the API names it; null for a withheld marker. */
export function recordOf(graph: ExplorerGraph, id: string): RecordRef | null {
  if (!graph.hasNode(id)) return null;
  const kind = graph.getNodeAttribute(id, 'kind');
  return kind === 'WITHHELD' ? null : { kind, id };
}

export interface NodeEntry {
  id: string;
  label: string;
  kind: GraphKind;
}

/** Records (not markers) whose label holds the text, case aside, by label; at most `most`. Answers them and how many matched. */
export function findNodes(graph: ExplorerGraph, text: string, most = 200): { entries: NodeEntry[]; matched: number } {
  const wanted = text.trim().toLowerCase();
  const entries: NodeEntry[] = [];
  graph.forEachNode((id, node) => {
    if (node.kind === 'WITHHELD') return;
    if (wanted === '' || node.label.toLowerCase().includes(wanted)) entries.push({ id, label: node.label, kind: node.kind });
  });
  entries.sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  return { entries: entries.slice(0, most), matched: entries.length };
}
