import { claimsOf, forgeToken, KeycloakAdmin, passwordGrant, postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';

const FORCES = '{ forces { code } }';

/** The gateway and each subgraph, called directly: every one must refuse a bad token by itself. */
function endpoints(): [string, string][] {
  const env = testEnv();
  return [
    ['gateway', env.gatewayUrl],
    ['cases', env.subgraphUrls.cases],
    ['entities', env.subgraphUrls.entities],
    ['locations', env.subgraphUrls.locations],
    ['intel', env.subgraphUrls.intel],
  ];
}

/** A query every endpoint can answer, so a refusal is about the token and nothing else. */
const probe: Record<string, string> = {
  gateway: FORCES,
  cases: FORCES,
  entities: '{ person(id: "none") { id } }',
  locations: '{ location(id: "none") { id } }',
  intel: '{ intelligenceItem(id: "none") { id } }',
};

let valid: string;
let expired: string;

beforeAll(async () => {
  valid = await tokenFor('detective.gmp');
  const admin = await KeycloakAdmin.connect();
  const clientId = await admin.createShortLivedClient(5);
  expired = await passwordGrant(testEnv().keycloakUrl, 'crosslink', clientId, 'detective.gmp', 'crosslink');
  // Used once while valid, so every service has verified (and remembered) it before it expires.
  for (const [name, url] of endpoints()) {
    expect((await postGraphQL(url, probe[name] ?? FORCES, {}, { token: expired })).status, name).toBe(200);
  }
  const exp = Number(claimsOf(expired)['exp']) * 1000;
  await sleep(Math.max(0, exp - Date.now()) + 1100);
});

describe.each(endpoints())('%s authentication', (name, url) => {
  const refused = async (options: { authorization?: string }) => {
    const response = await postGraphQL(url, probe[name] ?? FORCES, {}, options);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(response.data).toBeUndefined();
  };

  it('refuses a request without a token', () => refused({}));
  it('refuses a malformed token', () => refused({ authorization: 'Bearer not.a.jwt!' }));
  it('refuses another scheme', () => refused({ authorization: `Basic ${Buffer.from('neo4j:x').toString('base64')}` }));
  it('refuses an expired token', () => refused({ authorization: `Bearer ${expired}` }));
  it('refuses a token signed by another key', () => refused({ authorization: `Bearer ${forgeToken(valid)}` }));
  it('refuses a forged clearance even with the real header', () => refused({ authorization: `Bearer ${forgeToken(valid, { clearance: 'TOP_SECRET' })}` }));
  it('refuses a token for another audience', () => refused({ authorization: `Bearer ${forgeToken(valid, { aud: 'account' })}` }));

  it('accepts a valid token', async () => {
    const response = await postGraphQL(url, probe[name] ?? FORCES, {}, { token: valid });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });
});

describe('request ids', () => {
  it('echoes the caller’s x-request-id', async () => {
    const response = await postGraphQL(testEnv().gatewayUrl, FORCES, {}, { token: valid, headers: { 'x-request-id': 'e2e-req-42' } });
    expect(response.headers.get('x-request-id')).toBe('e2e-req-42');
  });
});

describe('signing in', () => {
  it('lets one user sign in several times at once (a console and a CLI), while wrong passwords still count', async () => {
    const admin = await KeycloakAdmin.connect();
    const username = `concurrent.${uniqueSuffix()}`;
    await admin.createUser({ username, force: 'GMP', clearance: 'OFFICIAL', caveats: [], roles: ['detective'] });
    const grants = await Promise.allSettled(
      Array.from({ length: 6 }, () => passwordGrant(testEnv().keycloakUrl, 'crosslink', 'crosslink-cli', username, 'crosslink')),
    );
    expect(grants.map((grant) => grant.status)).toEqual(Array(6).fill('fulfilled'));
    await expect(passwordGrant(testEnv().keycloakUrl, 'crosslink', 'crosslink-cli', username, 'not the password')).rejects.toThrow(/401/);
  });
});
