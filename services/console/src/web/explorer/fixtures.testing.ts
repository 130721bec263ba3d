import type { Network, NetworkEdge, NetworkNode } from './network-fields.js';

/** Small network answers for the explorer's unit tests. */
export const person = (id: string, label = id): NetworkNode => ({ id, kind: 'PERSON', label });
export const phone = (id: string, label = id): NetworkNode => ({ id, kind: 'PHONE', label });

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
