// @ts-check
// The small client the scripts use to talk to the platform as a demo user.
import { REALM } from './keycloak.mjs';

export const DEMO_PASSWORD = 'crosslink';

/**
 * A token for a demo user by password grant through the development-only `crosslink-cli` client.
 * @param {string} keycloakUrl @param {string} username @param {string} [password]
 */
export async function passwordToken(keycloakUrl, username, password = DEMO_PASSWORD) {
  const response = await fetch(`${keycloakUrl}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'crosslink-cli', username, password }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  const body = /** @type {{access_token: string}} */ (await response.json());
  return body.access_token;
}

/**
 * Runs one GraphQL operation and returns `data`; throws with the errors when there are any.
 * @param {string} url @param {string} token @param {string} query @param {Record<string, unknown>} [variables]
 * @param {string} [purpose] sent as x-crosslink-purpose
 */
export async function graphql(url, token, query, variables = {}, purpose) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  if (purpose !== undefined) headers['x-crosslink-purpose'] = purpose;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = /** @type {{data?: any, errors?: unknown[]}} */ (await response.json());
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
