import { testEnv } from './env.js';

export const DEMO_PASSWORD = 'crosslink';

const cache = new Map<string, Promise<string>>();

/** An access token for a realm user by password grant (development client `crosslink-cli`); cached per user. */
export function tokenFor(username: string, password = DEMO_PASSWORD): Promise<string> {
  const key = `${username}\u0000${password}`;
  let token = cache.get(key);
  if (token === undefined) {
    token = passwordGrant(testEnv().keycloakUrl, 'crosslink', 'crosslink-cli', username, password);
    cache.set(key, token);
    token.catch(() => cache.delete(key));
  }
  return token;
}

export async function passwordGrant(keycloakUrl: string, realm: string, clientId: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${keycloakUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: clientId, username, password }),
  });
  if (!response.ok) throw new Error(`password grant for ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
