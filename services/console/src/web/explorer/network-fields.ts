import { LinkKind, NetworkNodeKind, type KeyPlayerMeasure, type NetworkExportFormat } from '../api/schema-enums.js';

/**
 * What the explorer asks the gateway (schema/supergraph.graphql: Query.network with its places,
 * cases and events, paths, keyPlayers, communities, search and Mutation.exportNetwork) and the shapes of the
 * answers it reads.
 */

/** The kinds of record a network holds, in the schema's order. */
export const nodeKinds: readonly NetworkNodeKind[] = Object.values(NetworkNodeKind);

/** How two records are linked, in the schema's order; every link names the case asserting it. */
export const linkKinds: readonly LinkKind[] = Object.values(LinkKind);

/** A record named as NetworkRecordInput names it. */
export interface RecordRef {
  kind: NetworkNodeKind;
  id: string;
}

/** NetworkScope as the explorer sends it: records or cases to start from, and hops out. */
export type NetworkScope =
  { seeds: RecordRef[]; hops: number } | { caseIds: string[]; hops: number } | { operationId: string; hops: number } | { everything: true; hops: number };

export interface NetworkNode {
  id: string;
  kind: NetworkNodeKind;
  label: string;
}

export interface NetworkEdge {
  kind: LinkKind;
  from: string;
  to: string;
  caseId: string | null;
  caseReference: string | null;
  force: string | null;
}

export interface WithheldMarker {
  force: string;
  touches: string[];
  message: string;
}

export interface ScopeSize {
  nodes: number;
  edges: number;
  truncated: boolean;
}

/** A place of the network (NetworkPlace), as the viewer is shown it: coordinates when recorded. */
export interface NetworkPlace {
  id: string;
  line1: string | null;
  town: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  forceArea: string | null;
}

/** A case asserting links of the network (NetworkCase), for the timeline. */
export interface NetworkCase {
  id: string;
  reference: string;
  force: string;
  title: string | null;
  crimeTypes: string[];
  openedAt: string | null;
}

/** An event of a case asserting links of the network (NetworkEvent), for the timeline. */
export interface NetworkEvent {
  id: string;
  kind: string;
  description: string | null;
  occurredAt: string | null;
  precision: string | null;
  caseId: string;
  force: string;
  locationId: string | null;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  withheld: WithheldMarker[];
  truncated: boolean;
  size: ScopeSize;
  /** Asked of network answers only: a path's records come without them. */
  places?: NetworkPlace[];
  cases?: NetworkCase[];
  events?: NetworkEvent[];
}

const edgeFields = 'kind from to caseId caseReference force';

export const NetworkQuery = `
  query ExplorerNetwork($scope: NetworkScope!, $via: [LinkKind!], $limit: Int!) {
    network(scope: $scope, via: $via, limit: $limit) {
      nodes { id kind label }
      edges { ${edgeFields} }
      withheld { force touches message }
      truncated
      size { nodes edges truncated }
      places { id line1 town postcode latitude longitude forceArea }
      cases { id reference force title crimeTypes openedAt }
      events { id kind description occurredAt precision caseId force locationId }
    }
  }
`;
export interface NetworkData {
  network: Network;
}

export interface PathStep {
  from: string;
  to: string;
  links: NetworkEdge[];
}
export interface Path {
  nodes: NetworkNode[];
  steps: PathStep[];
}
export interface Paths {
  hops: number | null;
  paths: Path[];
  truncated: boolean;
}

export const PathsQuery = `
  query ExplorerPaths($from: NetworkRecordInput!, $to: NetworkRecordInput!, $maxHops: Int!, $via: [LinkKind!]) {
    paths(from: $from, to: $to, maxHops: $maxHops, via: $via, first: 10) {
      hops truncated
      paths { nodes { id kind label } steps { from to links { ${edgeFields} } } }
    }
  }
`;
export interface PathsData {
  paths: Paths;
}

export interface KeyPlayer {
  node: NetworkNode;
  score: number;
  rank: number;
}

/** How many players the explorer sizes and lists. */
export const KEY_PLAYERS = 25;

export const KeyPlayersQuery = `
  query ExplorerKeyPlayers($scope: NetworkScope!, $measure: KeyPlayerMeasure!, $via: [LinkKind!], $first: Int!) {
    keyPlayers(scope: $scope, measure: $measure, via: $via, first: $first) {
      measure approximate
      players { rank score node { id kind label } }
      size { nodes edges truncated }
    }
  }
`;
export interface KeyPlayersData {
  keyPlayers: { measure: KeyPlayerMeasure; approximate: boolean; players: KeyPlayer[]; size: ScopeSize };
}

export interface Community {
  index: number;
  size: number;
  members: { id: string }[];
}

export const CommunitiesQuery = `
  query ExplorerCommunities($scope: NetworkScope!, $via: [LinkKind!]) {
    communities(scope: $scope, via: $via) {
      modularity
      groups { index size members { id } }
      size { nodes edges truncated }
    }
  }
`;
export interface CommunitiesData {
  communities: { modularity: number; groups: Community[]; size: ScopeSize };
}

export interface ExportFile {
  name: string;
  mediaType: string;
  content: string;
}

export const ExportNetworkMutation = `
  mutation ExplorerExport($input: ExportNetworkInput!) {
    exportNetwork(input: $input) {
      format recipients purpose exportedBy exportedAt withheld
      size { nodes edges truncated }
      files { name mediaType content }
    }
  }
`;
export interface ExportNetworkData {
  exportNetwork: {
    format: NetworkExportFormat;
    recipients: string[];
    purpose: string;
    exportedBy: string;
    exportedAt: string;
    withheld: number;
    size: ScopeSize;
    files: ExportFile[];
  };
}
