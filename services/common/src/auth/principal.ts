/** Roles a Crosslink user can hold, as realm roles in Keycloak. */
export const roles = ['detective', 'analyst', 'supervisor', 'auditor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Government Security Classifications tiers, lowest first. */
export const clearances = ['OFFICIAL', 'SECRET', 'TOP_SECRET'] as const;
export type Clearance = (typeof clearances)[number];

/** Who is asking: built from a verified access token, never from unsigned headers. */
export interface Principal {
  /** Keycloak subject id (stable across renames). */
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: ReadonlySet<Role>;
  /** Force code of the user's force, e.g. GMP, or the hub's code. */
  readonly force: string;
  readonly clearance: Clearance;
  /**
   * Handling caveats and descriptors the user holds, e.g. SENSITIVE or a named operation. A record
   * carrying caveats is visible only to a user holding every one of them.
   */
  readonly caveats: ReadonlySet<string>;
  /**
   * The team or unit the realm places the user in (the `team` claim), when it names one. Only the
   * officer's record is seeded from it; supervisors move officers between teams in Crosslink.
   */
  readonly team?: string;
}

export class InvalidClaimsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidClaimsError';
  }
}

const isClearance = (value: unknown): value is Clearance => clearances.includes(value as Clearance);
const isRole = (value: unknown): value is Role => roles.includes(value as Role);

/**
 * Builds the Principal from verified token claims. A token without a force or with an unknown
 * clearance is refused rather than defaulted: deny by default.
 */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const userId = claims['sub'];
  const username = claims['preferred_username'];
  const force = claims['force'];
  const clearance = claims['clearance'];
  if (typeof userId !== 'string' || userId === '') throw new InvalidClaimsError('token has no subject');
  if (typeof username !== 'string' || username === '') throw new InvalidClaimsError('token has no username');
  if (typeof force !== 'string' || !forceCodePattern.test(force)) {
    throw new InvalidClaimsError('token has no valid force claim');
  }
  if (!isClearance(clearance)) throw new InvalidClaimsError('token has no valid clearance claim');

  const realmAccess = claims['realm_access'];
  const granted =
    typeof realmAccess === 'object' && realmAccess !== null && Array.isArray((realmAccess as { roles?: unknown }).roles)
      ? ((realmAccess as { roles: unknown[] }).roles.filter(isRole) as Role[])
      : [];
  const name = typeof claims['name'] === 'string' && claims['name'] !== '' ? claims['name'] : username;

  const team = teamFrom(claims['team']);
  return {
    userId,
    username,
    displayName: name,
    roles: new Set(granted),
    force,
    clearance,
    caveats: caveatsFrom(claims['caveats']),
    ...(team === undefined ? {} : { team }),
  };
}

/** Force codes: 2–12 upper case letters or digits, e.g. GMP, MERPOL, NCA. */
export const forceCodePattern = /^[A-Z][A-Z0-9]{1,11}$/;

/** Caveat names: upper case letters, digits, `_` and `-`, e.g. SENSITIVE, OP_LARKSPUR. */
export const caveatPattern = /^[A-Z][A-Z0-9_-]{1,39}$/;

/** Team or unit names, e.g. "County Lines Taskforce": 2–60 letters, digits, spaces and & ' ( ) . / -. */
export const teamPattern = /^[A-Za-z0-9][A-Za-z0-9 &'()./-]{1,59}$/;

/** A team is optional: an absent or malformed `team` claim leaves the user without one (it grants nothing). */
function teamFrom(claim: unknown): string | undefined {
  const value = typeof claim === 'string' ? claim.trim() : undefined;
  return value !== undefined && teamPattern.test(value) ? value : undefined;
}

/** The `caveats` claim is absent, one string, or a list; anything malformed in it is refused. */
function caveatsFrom(claim: unknown): ReadonlySet<string> {
  if (claim === undefined || claim === null) return new Set();
  const values = Array.isArray(claim) ? claim : [claim];
  for (const value of values) {
    if (typeof value !== 'string' || !caveatPattern.test(value)) throw new InvalidClaimsError('token has a malformed caveat');
  }
  return new Set(values as string[]);
}

export function hasRole(principal: Principal, ...anyOf: Role[]): boolean {
  return anyOf.some((role) => principal.roles.has(role));
}

export function clearanceReaches(held: Clearance, required: Clearance): boolean {
  return clearances.indexOf(held) >= clearances.indexOf(required);
}
