import Keycloak from 'keycloak-connect';
import { CrosslinkError } from '../errors/crosslink-error.js';
import { InvalidClaimsError, principalFromClaims, type Principal } from './principal.js';

export interface TokenVerifierOptions {
  /** Base URL of Keycloak, e.g. http://127.0.0.1:8180. */
  readonly keycloakUrl: string;
  readonly realm: string;
  /** Audience every token must name (`aud`); Crosslink's is `crosslink-api`. */
  readonly audience: string;
  /** Verified tokens remembered until they expire; default 10 000. */
  readonly cacheSize?: number;
}

export interface TokenVerifier {
  /** The Principal of a valid token; throws UNAUTHENTICATED for anything else. */
  verify(token: string): Promise<Principal>;
}

interface VerifiedToken {
  readonly header: { alg?: unknown };
  readonly content: Record<string, unknown>;
}

/**
 * Verifies Keycloak access tokens offline: keycloak-connect's grant manager checks the RS256
 * signature against the realm's published keys (fetched once and cached, refetched for an unknown
 * key id), the issuer, the audience, the token type and expiry. No call to Keycloak per request.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const remembered = new VerifiedTokens(options.cacheSize ?? 10_000);
  const keycloak = new Keycloak(
    {},
    {
      realm: options.realm,
      'auth-server-url': options.keycloakUrl,
      resource: options.audience,
      'bearer-only': true,
      'ssl-required': 'external',
      'confidential-port': 0,
      // Not in keycloak-connect's typings, read by its Config: enforce `aud`.
      ...({ 'verify-token-audience': true } as object),
    },
  );
  const grants = keycloak.grantManager;

  return {
    async verify(token: string): Promise<Principal> {
      const known = remembered.get(token);
      if (known !== undefined) return known;
      const { principal, expiresAt } = await verifyOffline(token);
      remembered.set(token, principal, expiresAt);
      return principal;
    },
  };

  async function verifyOffline(token: string): Promise<{ principal: Principal; expiresAt: number }> {
    let verified: VerifiedToken;
    try {
      const grant = await grants.createGrant(JSON.stringify({ access_token: token }));
      verified = grant.access_token as unknown as VerifiedToken;
    } catch (error) {
      throw unauthenticated(error instanceof Error ? error.message : 'token refused');
    }
    // keycloak-connect verifies RS256 whatever the header says; refuse other algorithms outright
    // and tokens without an expiry, which it would treat as never expiring.
    if (verified.header.alg !== 'RS256') throw unauthenticated('token is not RS256');
    if (typeof verified.content['exp'] !== 'number') throw unauthenticated('token has no expiry');
    try {
      return { principal: principalFromClaims(verified.content), expiresAt: (verified.content['exp'] as number) * 1000 };
    } catch (error) {
      if (error instanceof InvalidClaimsError) throw unauthenticated(error.message);
      throw error;
    }
  }
}

/**
 * Principals of tokens already verified, until each token expires. A client sends the same token
 * with every request for its lifetime, and the gateway and each subgraph verify it: remembering the
 * answer saves the signature check (about half a millisecond) on every request but the first.
 * Oldest entries go first when the cache is full.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { readonly principal: Principal; readonly expiresAt: number }>();

  constructor(private readonly capacity: number) {}

  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.principal;
  }

  set(token: string, principal: Principal, expiresAt: number): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { principal, expiresAt });
  }
}

function unauthenticated(reason: string): CrosslinkError {
  return new CrosslinkError('UNAUTHENTICATED', 'A valid bearer token is required', { reason });
}
