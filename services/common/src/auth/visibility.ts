import type { Principal } from './principal.js';

/**
 * The visibility predicates every repository puts into its Cypher, so a record the user may not
 * see never leaves Neo4j. A case is visible to users of its own force, and to hub users whose role
 * lets them work across forces. People are visible through the cases they take part in, locations
 * through the people who live or were seen there.
 *
 * Variable names come from code, never from input. The predicates read the viewer from the
 * `$viewer` parameter that `viewerParams` builds.
 */
export function caseVisible(caseVar: string): string {
  assertVariable(caseVar);
  return `(${caseVar}.force = $viewer.force OR $viewer.crossForce)`;
}

export function personVisible(personVar: string): string {
  assertVariable(personVar);
  return `EXISTS { MATCH (${personVar})-[:INVOLVED_IN]->(vc:Case) WHERE ${caseVisible('vc')} }`;
}

export function locationVisible(locationVar: string): string {
  assertVariable(locationVar);
  return `EXISTS { MATCH (${locationVar})<-[:HAS_ADDRESS]-(:Person)-[:INVOLVED_IN]->(vc:Case) WHERE ${caseVisible('vc')} }`;
}

export interface ViewerParams {
  readonly viewer: { readonly force: string; readonly crossForce: boolean };
}

/** Hub roles that see across forces. */
const crossForceRoles = ['analyst', 'supervisor'] as const;

export function viewerParams(principal: Principal, hubForce: string): ViewerParams {
  const crossForce = principal.force === hubForce && crossForceRoles.some((role) => principal.roles.has(role));
  return { viewer: { force: principal.force, crossForce } };
}

function assertVariable(name: string): void {
  if (!/^[a-z][A-Za-z0-9]*$/.test(name)) throw new Error(`not a Cypher variable: ${name}`);
}
