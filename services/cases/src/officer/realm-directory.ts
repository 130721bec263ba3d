import { CrosslinkError } from '@crosslink/common';
import type { OfficerClaims } from './officer.model.js';

/**
 * The realm's users, asked by username: how an officer who has never signed in is known to be real
 * before work is given them. Null when the realm has no such enabled user of a force.
 */
export interface RealmDirectory {
  find(username: string): Promise<OfficerClaims | null>;
}

/** No directory configured: only officers already recorded are known. */
export const noDirectory: RealmDirectory = { find: () => Promise.resolve(null) };

export interface KeycloakDirectoryOptions {
  readonly url: string;
  readonly realm: string;
  /** A confidential client whose service account may view the realm's users (realm-management view-users). */
  readonly clientId: string;
  readonly clientSecret: string;
  readonly fetch?: typeof fetch;
  /** Milliseconds before a request to the realm is given up. */
  readonly timeoutMs?: number;
}

/** A realm user as the admin API lists it, with what an officer record needs. */
interface RealmUser {
  readonly id: string;
  readonly username: string;
  readonly enabled?: boolean;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly attributes?: Record<string, readonly string[] | undefined>;
}

/** The officer a realm user is: their force is required (a user of no force is no officer). */
export function officerFromRealmUser(user: RealmUser, asked: string): OfficerClaims | null {
  const force = user.attributes?.['force']?.[0]?.trim().toUpperCase();
  if (user.enabled === false || user.username.toLowerCase() !== asked.toLowerCase() || !force) return null;
  const name = [user.firstName, user.lastName].filter((part) => part !== undefined && part.trim() !== '').join(' ');
  return { username: user.username, subject: user.id, force, displayName: name || user.username, team: user.attributes?.['team']?.[0]?.trim() || null };
}

/**
 * Keycloak's admin API under the directory client's service account (client credentials, the token
 * kept until shortly before it expires). A realm that cannot be reached refuses the change with
 * DIRECTORY_UNAVAILABLE rather than letting an unchecked name through.
 */
export function keycloakDirectory(options: KeycloakDirectoryOptions): RealmDirectory {
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const base = options.url.replace(/\/+$/, '');
  const realm = encodeURIComponent(options.realm);
  let token: { value: string; until: number } | null = null;

  const unavailable = (cause: unknown) => new CrosslinkError('DIRECTORY_UNAVAILABLE', undefined, {}, { cause });

  async function bearer(): Promise<string> {
    if (token !== null && token.until > Date.now()) return token.value;
    const response = await send(`${base}/realms/${realm}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: options.clientId, client_secret: options.clientSecret }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Error(`directory token: HTTP ${response.status}`);
    const body = (await response.json()) as { access_token: string; expires_in: number };
    token = { value: body.access_token, until: Date.now() + Math.max(0, body.expires_in - 30) * 1000 };
    return token.value;
  }

  async function lookUp(username: string): Promise<RealmUser[]> {
    const query = new URLSearchParams({ username, exact: 'true', briefRepresentation: 'false' });
    const ask = async () =>
      send(`${base}/admin/realms/${realm}/users?${query.toString()}`, {
        headers: { authorization: `Bearer ${await bearer()}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
    let response = await ask();
    if (response.status === 401) {
      token = null;
      response = await ask();
    }
    if (!response.ok) throw new Error(`directory users: HTTP ${response.status}`);
    return (await response.json()) as RealmUser[];
  }

  return {
    async find(username) {
      let users: RealmUser[];
      try {
        users = await lookUp(username);
      } catch (error) {
        throw unavailable(error);
      }
      for (const user of users) {
        const officer = officerFromRealmUser(user, username);
        if (officer !== null) return officer;
      }
      return null;
    },
  };
}
