import type { Network, NetworkCase, NetworkEdge, NetworkEvent, NetworkNode, NetworkPlace } from './network-fields.js';

/** Small network answers for the explorer's unit tests. */
export const person = (id: string, label = id): NetworkNode => ({ id, kind: 'PERSON', label });
export const phone = (id: string, label = id): NetworkNode => ({ id, kind: 'PHONE', label });
export const place = (id: string, label = id): NetworkNode => ({ id, kind: 'LOCATION', label });

export const coordinates = (id: string, latitude: number | null, longitude: number | null, forceArea: string | null = 'GMP'): NetworkPlace => ({
  id,
  line1: null,
  town: null,
  postcode: null,
  latitude,
  longitude,
  forceArea,
});

export const opened = (id: string, openedAt: string | null, force = 'GMP'): NetworkCase => ({
  id,
  reference: `${force}-2026-${id}`,
  force,
  title: null,
  crimeTypes: [],
  openedAt,
});

export const link = (from: string, to: string, kind: NetworkEdge['kind'] = 'KNOWS', caseId = 'c1', force = 'GMP'): NetworkEdge => ({
  kind,
  from,
  to,
  caseId,
  caseReference: `${force}-2026-${caseId}`,
  force,
});

export function network(nodes: NetworkNode[], edges: NetworkEdge[], withheld: Network['withheld'] = []): Network {
  return { nodes, edges, withheld, truncated: false, size: { nodes: nodes.length, edges: edges.length, truncated: false } };
}

export const happened = (id: string, caseId: string, kind: string, occurredAt: string | null, force = 'GMP'): NetworkEvent => ({
  id,
  kind,
  description: null,
  occurredAt,
  precision: 'EXACT',
  caseId,
  force,
  locationId: null,
});
