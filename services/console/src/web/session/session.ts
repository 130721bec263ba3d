import Keycloak from 'keycloak-js';

/** Where the console's server says the gateway and Keycloak are (GET /config.json). */
export interface ConsoleConfig {
  readonly gatewayUrl: string;
  readonly keycloak: { readonly url: string; readonly realm: string; readonly clientId: string };
}

/** The signed-in officer, as their token describes them. */
export interface Officer {
  readonly username: string;
  readonly name: string;
  readonly force: string;
  readonly team: string | null;
  readonly clearance: string | null;
  readonly roles: readonly string[];
}

export interface Session {
  readonly config: ConsoleConfig;
  readonly officer: Officer;
  /** A fresh access token: refreshed first when it has under 30 s left. */
  token(): Promise<string>;
  signOut(): Promise<void>;
}

const knownRoles = ['detective', 'analyst', 'supervisor', 'auditor', 'admin'];

/**
 * Signs in through Keycloak (authorization code with PKCE; the browser never sees a password the
 * console could keep) and returns the session, or redirects to the login page first.
 */
export async function signIn(config: ConsoleConfig): Promise<Session> {
  const keycloak = new Keycloak({ url: config.keycloak.url, realm: config.keycloak.realm, clientId: config.keycloak.clientId });
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, enableLogging: false });
  const claims = (keycloak.tokenParsed ?? {}) as Record<string, unknown>;
  const username = String(claims['preferred_username'] ?? '');
  const roles = ((claims['realm_access'] as { roles?: string[] } | undefined)?.roles ?? []).filter((role) => knownRoles.includes(role));
  const officer: Officer = {
    username,
    name: typeof claims['name'] === 'string' && claims['name'] !== '' ? claims['name'] : username,
    force: String(claims['force'] ?? ''),
    team: typeof claims['team'] === 'string' ? claims['team'] : null,
    clearance: typeof claims['clearance'] === 'string' ? claims['clearance'] : null,
    roles,
  };
  return {
    config,
    officer,
    async token() {
      try {
        await keycloak.updateToken(30);
      } catch {
        // The session at Keycloak has ended: signing in again is the only way on.
        await keycloak.login();
      }
      return keycloak.token ?? '';
    },
    async signOut() {
      sessionStorage.clear();
      await keycloak.logout({ redirectUri: `${window.location.origin}/` });
    },
  };
}

export function hasRole(officer: Officer, ...roles: string[]): boolean {
  return roles.some((role) => officer.roles.includes(role));
}
