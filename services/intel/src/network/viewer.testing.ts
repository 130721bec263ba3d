import { randomUUID } from 'node:crypto';
import { viewerParams, type Principal, type Role } from '@crosslink/common';

/** A GMP analyst, as the Cypher builders' unit tests read the network. */
const gmpAnalyst = {
  userId: 'u',
  username: 'det.gmp',
  force: 'GMP',
  roles: new Set(['analyst']),
  clearance: 'OFFICIAL',
  caveats: new Set(),
} as unknown as Principal;

export const analystViewer = viewerParams(gmpAnalyst, 'NCA');

/** An officer of `force` with `roles` (an analyst by default), cleared to OFFICIAL, as the integration tests ask. */
export function officerOf(force: string, roles: Role[] = ['analyst']): Principal {
  return {
    userId: randomUUID(),
    username: `analyst.${force.toLowerCase()}`,
    displayName: 'Analyst',
    roles: new Set(roles),
    force,
    clearance: 'OFFICIAL',
    caveats: new Set(),
  } as Principal;
}
