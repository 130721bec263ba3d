import Keycloak from 'keycloak-connect';
import { CrosslinkError } from '../errors/crosslink-error.js';
import { InvalidClaimsError, principalFromClaims, type Principal } from './principal.js';

export interface TokenVerifierOptions {
  /** Base URL of Keycloak, e.g. http://127.0.0.1:8180. */
  readonly keycloakUrl: string;
  readonly realm: string;
  /** Audience every token must name (`aud`); Crosslink's is `crosslink-api`. */
  readonly audience: string;
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
        return principalFromClaims(verified.content);
      } catch (error) {
        if (error instanceof InvalidClaimsError) throw unauthenticated(error.message);
        throw error;
      }
    },
  };
}

function unauthenticated(reason: string): CrosslinkError {
  return new CrosslinkError('UNAUTHENTICATED', 'A valid bearer token is required', { reason });
}
