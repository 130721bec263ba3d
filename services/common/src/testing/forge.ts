import { generateKeyPairSync, sign } from 'node:crypto';

/**
 * A token that looks like Keycloak's (same header and claims) but is signed with a key Keycloak
 * never issued. Used to prove services check signatures rather than trusting claims.
 */
export function forgeToken(realToken: string, changes: Record<string, unknown> = {}): string {
  const [header, payload] = realToken.split('.');
  if (header === undefined || payload === undefined) throw new Error('not a JWT');
  const claims = { ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), ...changes };
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const body = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  const signature = sign('RSA-SHA256', Buffer.from(body), privateKey).toString('base64url');
  return `${body}.${signature}`;
}

/** The claims of a token, unverified; for assertions in tests only. */
export function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
