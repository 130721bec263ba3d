import { roles, type Clearance, type Principal, type Role } from '../auth/principal.js';

export interface PrincipalOptions {
  readonly userId?: string;
  readonly displayName?: string;
  readonly roles?: readonly Role[];
  readonly force?: string;
  readonly clearance?: Clearance;
  readonly caveats?: readonly string[];
}

/**
 * A caller for tests below the token: `principalOf('detective.gmp')` is a GMP detective, as the demo
 * realm names its users (role, then force); anything else comes from `options`. OFFICIAL, with no
 * caveats, unless told otherwise.
 */
export function principalOf(username: string, options: PrincipalOptions = {}): Principal {
  const [first, second] = username.split('.');
  const named = roles.find((role) => role === first);
  return {
    userId: options.userId ?? `u-${username}`,
    username,
    displayName: options.displayName ?? username,
    roles: new Set(options.roles ?? (named === undefined ? [] : [named])),
    force: options.force ?? (second ?? 'GMP').toUpperCase(),
    clearance: options.clearance ?? 'OFFICIAL',
    caveats: new Set(options.caveats ?? []),
  };
}
