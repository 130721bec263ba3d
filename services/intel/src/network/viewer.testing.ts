import { randomUUID } from 'node:crypto';
import { viewerParams, type Principal, type Role } from '@crosslink/common';
import { principalOf } from '@crosslink/common/testing';

/** A GMP analyst, as the Cypher builders' unit tests read the network. */
export const analystViewer = viewerParams(principalOf('analyst.gmp'), 'NCA');

/** An officer of `force` with `roles` (an analyst by default), cleared to OFFICIAL, as the integration tests ask. */
export function officerOf(force: string, roles: Role[] = ['analyst']): Principal {
  return principalOf(`analyst.${force.toLowerCase()}`, { userId: randomUUID(), displayName: 'Analyst', roles, force });
}
