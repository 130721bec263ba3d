import { claimProperties, type ObjectClaim, type ObjectLabel, type StoredObject } from './object.model.js';

/** A sighting of an object in a case the viewer may see, as the object statements return it. */
export interface SightingRow extends ObjectClaim {
  /** The case is the viewer's own force's. */
  readonly own: boolean;
}

/** An object row as the statements return it: node properties, sightings and handset uses. */
export interface ObjectRow {
  readonly __typename: ObjectLabel;
  readonly id: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly sightings: readonly SightingRow[];
  readonly handsetUses: readonly { readonly imei: string; readonly own: boolean }[];
  readonly [property: string]: unknown;
}

const holdsClaim = (sighting: SightingRow) => claimProperties.some((p) => sighting[p] !== null && sighting[p] !== undefined);

/**
 * The object as the viewer may see it. Its claims are the sightings that say something of it, in
 * the order the statement gives (own force's first, then oldest first). It is `foreign` — another
 * force's data, which needs a purpose — when the viewer sees it only through other forces' cases,
 * or when it shows what another force's case says of it: a claim, or a handset seen with the number.
 */
export function storedObject(row: ObjectRow): StoredObject {
  const { sightings, handsetUses, ...node } = row;
  const claims = sightings.filter(holdsClaim).map(({ own: _own, at: _at, ...claim }) => claim as ObjectClaim);
  const foreign = !sightings.some((s) => s.own) || sightings.some((s) => !s.own && holdsClaim(s)) || handsetUses.some((use) => !use.own);
  return { ...node, claims, handsets: [...new Set(handsetUses.map((use) => use.imei))], foreign };
}

/** A detail of an object as the first claim giving it says (claims come own force's first, then oldest first); null when none does. */
export function described(object: StoredObject, property: string): string | null {
  const value = object.claims.find((claim) => claim[property] !== null && claim[property] !== undefined)?.[property];
  return typeof value === 'string' ? value : null;
}
