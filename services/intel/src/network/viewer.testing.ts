import { viewerParams, type Principal } from '@crosslink/common';

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
