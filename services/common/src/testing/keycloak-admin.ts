import { randomUUID } from 'node:crypto';
import { testEnv } from './env.js';
import { passwordGrant } from './tokens.js';

const REALM = 'crosslink';

/** Keycloak's admin REST API as the bootstrap admin of the test stack. */
export class KeycloakAdmin {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async connect(): Promise<KeycloakAdmin> {
    const env = testEnv();
    const token = await passwordGrant(env.keycloakUrl, 'master', 'admin-cli', 'admin', env.keycloakAdminPassword);
    return new KeycloakAdmin(env.keycloakUrl, token);
  }

  async request(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.baseUrl}/admin/realms/${REALM}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
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
