import { clearances, type Principal } from './principal.js';

/**
 * The visibility predicates every repository puts into its Cypher, so a record the user may not
 * see never leaves Neo4j (need to know, in docs/access.md). A case is visible when both hold:
 *
 * - reach: the case belongs to the user's force, or was shared with it, or is part of an operation
 *   the force takes part in, or the user works at the hub in a role that sees across forces;
 * - handling: the user's clearance reaches the case's classification, and the user holds every
 *   caveat the case carries.
 *
 * People, objects and locations are visible through the visible cases they are linked to.
 * Variable names come from code, never from input; the viewer comes from the `$viewer` parameter
 * that `viewerParams` builds.
 */
export function caseVisible(caseVar: string): string {
  assertVariable(caseVar);
  const c = caseVar;
  const reach = [`${c}.force = $viewer.force`, '$viewer.crossForce', ...caseReachPaths(c).map((path) => `EXISTS { MATCH ${path} }`)].join(' OR ');
  return `((${reach}) AND ${handlingAllows(c)})`;
}

/**
 * The paths by which a force-bound viewer reaches another force's case (the reach of `caseVisible`
 * beyond its own force's): shared with its force, or part of an operation its force takes part in.
 * A query that starts from the viewer's force rather than from every case follows these.
 */
export function caseReachPaths(caseVar: string): readonly string[] {
  assertVariable(caseVar);
  return [
    `(${caseVar})-[:SHARED_WITH]->(:Force {code: $viewer.force})`,
    `(${caseVar})-[:PART_OF]->(:Operation)-[:HAS_PARTICIPANT]->(:Force {code: $viewer.force})`,
  ];
}

/**
 * The handling half of visibility, for any record that carries its own `classification` and
 * `caveats` (a case, or an intelligence item graded above its case): the viewer's clearance reaches
 * the tier and the viewer holds every caveat. A record without them is OFFICIAL with none.
 */
export function handlingAllows(recordVar: string): string {
  assertVariable(recordVar);
  const r = recordVar;
  const tier = `CASE coalesce(${r}.classification, 'OFFICIAL') WHEN 'OFFICIAL' THEN 0 WHEN 'SECRET' THEN 1 ELSE 2 END`;
  return `${tier} <= $viewer.clearanceRank AND all(caveat IN coalesce(${r}.caveats, []) WHERE caveat IN $viewer.caveats)`;
}

export function personVisible(personVar: string): string {
  assertVariable(personVar);
  return `EXISTS { MATCH (${personVar})-[:INVOLVED_IN]->(vc:Case) WHERE ${caseVisible('vc')} }`;
}

/** A location is visible through the visible cases that record it (each case's claim: see addressShown). */
export function locationVisible(locationVar: string): string {
  assertVariable(locationVar);
  return `EXISTS { MATCH (${locationVar})-[:RECORDED_IN]->(vc:Case) WHERE ${caseVisible('vc')} }`;
}

/**
 * An object (phone, vehicle, email address, online or bank account, item) is visible through the
 * visible cases that record it (SEEN_IN).
 */
export function objectVisible(objectVar: string): string {
  assertVariable(objectVar);
  return `EXISTS { MATCH (${objectVar})-[:SEEN_IN]->(vc:Case) WHERE ${caseVisible('vc')} }`;
}

/**
 * What the viewer is shown of an address, as a map (line1, line2, town, latitude, longitude,
 * forceArea): the claim of a case of their own force, else of the earliest visible case recording
 * it; null when no visible case does. The shared node holds only the address's key (first line's
 * key and postcode); every description is a case's claim, so one force's never reaches another's reader.
 */
export function addressShown(locationVar: string): string {
  assertVariable(locationVar);
  const l = locationVar;
  return `head(COLLECT {
    MATCH (${l})-[shownClaim:RECORDED_IN]->(shownCase:Case) WHERE ${caseVisible('shownCase')}
    WITH shownClaim ORDER BY CASE WHEN ${ownForceCase('shownCase')} THEN 0 ELSE 1 END, shownClaim.at, shownCase.id
    RETURN shownClaim { .line1, .line2, .town, .latitude, .longitude, .forceArea } AS shown
  })`;
}

/**
 * A case of the viewer's own force that the viewer may see. Records reached through one are the
 * viewer's own force's data; a record reached only through other forces' cases is foreign, and an
 * answer holding one needs a stated purpose (docs/access.md). The hub's own force is NCA: every
 * territorial force's case is foreign to it, whatever its cross-force reach.
 */
export function ownForceCase(caseVar: string): string {
  assertVariable(caseVar);
  return `(${caseVar}.force = $viewer.force AND ${handlingAllows(caseVar)})`;
}

/** True when the viewer sees the person through a case of their own force. */
export function personInOwnForceCase(personVar: string): string {
  assertVariable(personVar);
  return `EXISTS { MATCH (${personVar})-[:INVOLVED_IN]->(ownc:Case) WHERE ${ownForceCase('ownc')} }`;
}

/** True when the viewer sees the location through a case of their own force that records it. */
export function locationInOwnForceCase(locationVar: string): string {
  assertVariable(locationVar);
  return `EXISTS { MATCH (${locationVar})-[:RECORDED_IN]->(ownc:Case) WHERE ${ownForceCase('ownc')} }`;
}

/** True when the viewer sees the object through a case of their own force that records it. */
export function objectInOwnForceCase(objectVar: string): string {
  assertVariable(objectVar);
  return `EXISTS { MATCH (${objectVar})-[:SEEN_IN]->(ownc:Case) WHERE ${ownForceCase('ownc')} }`;
}

export interface ViewerParams {
  readonly viewer: {
    readonly force: string;
    readonly crossForce: boolean;
    /** Index of the user's clearance in OFFICIAL < SECRET < TOP_SECRET. */
    readonly clearanceRank: number;
    readonly caveats: readonly string[];
  };
}

/** Hub roles that see across forces. */
const crossForceRoles = ['analyst', 'supervisor'] as const;

export function seesAcrossForces(principal: Principal, hubForce: string): boolean {
  return principal.force === hubForce && crossForceRoles.some((role) => principal.roles.has(role));
}

export function viewerParams(principal: Principal, hubForce: string): ViewerParams {
  return {
    viewer: {
      force: principal.force,
      crossForce: seesAcrossForces(principal, hubForce),
      clearanceRank: clearances.indexOf(principal.clearance),
      caveats: [...principal.caveats].sort(),
    },
  };
}

function assertVariable(name: string): void {
  if (!/^[a-z][A-Za-z0-9]*$/.test(name)) throw new Error(`not a Cypher variable: ${name}`);
}
