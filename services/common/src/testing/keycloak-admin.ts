import { randomUUID } from 'node:crypto';
import { testEnv } from './env.js';
import { passwordGrant } from './tokens.js';

const REALM = 'crosslink';

/** Keycloak's admin REST API as the bootstrap admin of the test stack. */
export class KeycloakAdmin {
  private constructor(
    private readonly baseUrl: string,
    private token: string,
  ) {}

  static async connect(): Promise<KeycloakAdmin> {
    return new KeycloakAdmin(testEnv().keycloakUrl, await KeycloakAdmin.adminToken());
  }

  /** The master realm's admin token lives a minute; a slow fixture outlives it, so a 401 fetches a new one once. */
  private static adminToken(): Promise<string> {
    const env = testEnv();
    return passwordGrant(env.keycloakUrl, 'master', 'admin-cli', 'admin', env.keycloakAdminPassword);
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const send = () =>
      fetch(`${this.baseUrl}/admin/realms/${REALM}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    let response = await send();
    if (response.status === 401) {
      this.token = await KeycloakAdmin.adminToken();
      response = await send();
    }
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  }

  /**
   * A realm user with the given force, clearance, caveats and realm roles, and the demo password.
   * Tests make the users their cases need, so the access matrix can cover every combination.
   */
  async createUser(user: { username: string; force: string; clearance: string; caveats?: readonly string[]; roles: readonly string[] }): Promise<void> {
    await this.request('POST', '/users', {
      username: user.username,
      enabled: true,
      emailVerified: true,
      firstName: 'Test',
      lastName: user.username,
      email: `${user.username}@crosslink.police.test`,
      attributes: { force: [user.force], clearance: [user.clearance], ...(user.caveats?.length ? { caveats: [...user.caveats] } : {}) },
      credentials: [{ type: 'password', value: 'crosslink', temporary: false }],
    });
    const [created] = (await (await this.request('GET', `/users?exact=true&username=${encodeURIComponent(user.username)}`)).json()) as { id: string }[];
    if (created === undefined) throw new Error(`user ${user.username} was not created`);
    const roles = await Promise.all(user.roles.map(async (name) => (await this.request('GET', `/roles/${encodeURIComponent(name)}`)).json()));
    await this.request('POST', `/users/${created.id}/role-mappings/realm`, roles);
  }

  /**
   * Like createUser, but a user of that name made already (by another test file of the same run,
   * perhaps at this very moment) is reused: this waits until it holds its roles.
   */
  async ensureUser(user: { username: string; force: string; clearance: string; caveats?: readonly string[]; roles: readonly string[] }): Promise<void> {
    try {
      await this.createUser(user);
      return;
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('POST /users: 409'))) throw error;
    }
    for (let tries = 0; tries < 150; tries++) {
      const [found] = (await (await this.request('GET', `/users?exact=true&username=${encodeURIComponent(user.username)}`)).json()) as { id: string }[];
      if (found !== undefined) {
        const held = (await (await this.request('GET', `/users/${found.id}/role-mappings/realm`)).json()) as { name: string }[];
        if (user.roles.every((role) => held.some((h) => h.name === role))) return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`user ${user.username} exists but never received roles ${user.roles.join(', ')}`);
  }

  /**
   * A public client with direct grants whose access tokens live `lifespanSeconds`, carrying the same
   * claims as the real clients. Tests use it to obtain tokens that expire.
   */
  async createShortLivedClient(lifespanSeconds: number): Promise<string> {
    const clientId = `test-short-${randomUUID().slice(0, 8)}`;
    const claim = (name: string) => ({
      name,
      protocol: 'openid-connect',
      protocolMapper: 'oidc-usermodel-attribute-mapper',
      config: { 'user.attribute': name, 'claim.name': name, 'jsonType.label': 'String', 'access.token.claim': 'true' },
    });
    await this.request('POST', '/clients', {
      clientId,
      publicClient: true,
      directAccessGrantsEnabled: true,
      standardFlowEnabled: false,
      attributes: { 'access.token.lifespan': String(lifespanSeconds) },
      protocolMappers: [
        claim('force'),
        claim('clearance'),
        {
          name: 'audience',
          protocol: 'openid-connect',
          protocolMapper: 'oidc-audience-mapper',
          config: { 'included.custom.audience': 'crosslink-api', 'access.token.claim': 'true' },
        },
      ],
    });
    return clientId;
  }
}
