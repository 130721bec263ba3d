import type Graph from 'graphology';
import type { LinkKind, NetworkNodeKind } from '../api/schema-enums.js';
import type { NetworkCase, NetworkEvent, NetworkPlace } from './network-fields.js';

/** A record's kind, or a withheld marker: something another force knows of, touching a record. */
export type GraphKind = NetworkNodeKind | 'WITHHELD';

/** A node as sigma draws it (x, y, size, color, label) and what the side panel reads of it. */
export interface NodeAttrs {
  x: number;
  y: number;
  label: string;
  size: number;
  color: string;
  kind: GraphKind;
  baseSize: number;
  kindColor: string;
  /** Markers only: the force that knows, its message, and the record it touches. */
  force: string | null;
  message: string | null;
  touches: string | null;
  /** Set while key players or communities are shown. */
  score: number | null;
  community: number | null;
}

export interface EdgeAttrs {
  kind: LinkKind | 'WITHHELD';
  caseId: string | null;
  caseReference: string | null;
  force: string | null;
  color: string;
  size: number;
}

/** What the map and the timeline read beside the drawing: the places, cases and events of the answers merged. */
export interface GraphAttrs {
  /** By location record id. */
  places: Record<string, NetworkPlace>;
  /** By case id. */
  cases: Record<string, NetworkCase>;
  /** By event id. */
  events: Record<string, NetworkEvent>;
}

export type ExplorerGraph = Graph<NodeAttrs, EdgeAttrs, GraphAttrs>;
