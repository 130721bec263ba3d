import { CrosslinkError } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { keycloakDirectory, officerFromRealmUser } from './realm-directory.js';

const user = { id: 'u-1', username: 'dc.new', enabled: true, firstName: 'Priya', lastName: 'Shah', attributes: { force: ['gmp'], team: ['Op Kestrel'] } };

describe('officerFromRealmUser', () => {
  it('is the realm user’s force, name and team', () => {
    expect(officerFromRealmUser(user, 'DC.NEW')).toEqual({ username: 'dc.new', subject: 'u-1', force: 'GMP', displayName: 'Priya Shah', team: 'Op Kestrel' });
  });

  it.each([
    ['a disabled user', { ...user, enabled: false }],
    ['a user of no force', { ...user, attributes: {} }],
    ['another username (a partial match)', { ...user, username: 'dc.newer' }],
  ])('is no officer for %s', (_name, candidate) => {
    expect(officerFromRealmUser(candidate, 'dc.new')).toBeNull();
  });
});

/** A realm that answers from a table of paths, recording what it was asked. */
function realm(answers: Record<string, () => Response>) {
  const asked: { url: string; authorization: string | null }[] = [];
  const fetcher = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    asked.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    const path = new URL(url).pathname;
    const answer = answers[path];
    if (answer === undefined) throw new Error(`unexpected ${url}`);
    return answer();
  }) as typeof fetch;
  return { asked, fetcher };
}

const tokenPath = '/realms/crosslink/protocol/openid-connect/token';
const usersPath = '/admin/realms/crosslink/users';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const options = (fetcher: typeof fetch) => ({
  url: 'http://kc.test/',
  realm: 'crosslink',
  clientId: 'crosslink-directory',
  clientSecret: 's3cret',
  fetch: fetcher,
});

describe('keycloakDirectory', () => {
  it('asks for the exact username under the service account, and keeps the token', async () => {
    const { asked, fetcher } = realm({ [tokenPath]: () => json({ access_token: 'tok', expires_in: 300 }), [usersPath]: () => json([user]) });
    const directory = keycloakDirectory(options(fetcher));
    expect(await directory.find('dc.new')).toMatchObject({ username: 'dc.new', force: 'GMP' });
    expect(await directory.find('dc.new')).not.toBeNull();
    expect(asked.filter((a) => a.url.endsWith(tokenPath))).toHaveLength(1);
    const lookups = asked.filter((a) => a.url.includes(usersPath));
    expect(lookups).toHaveLength(2);
    expect(new URL(lookups[0]?.url ?? '').searchParams.get('exact')).toBe('true');
    expect(new URL(lookups[0]?.url ?? '').searchParams.get('username')).toBe('dc.new');
    expect(lookups[0]?.authorization).toBe('Bearer tok');
  });

  it('knows nobody the realm does not list', async () => {
    const { fetcher } = realm({ [tokenPath]: () => json({ access_token: 'tok', expires_in: 300 }), [usersPath]: () => json([]) });
    expect(await keycloakDirectory(options(fetcher)).find('dc.misspelt')).toBeNull();
  });

  it('refuses with DIRECTORY_UNAVAILABLE when the realm cannot be asked, never letting a name through', async () => {
    const { fetcher } = realm({ [tokenPath]: () => json({ error: 'unauthorized_client' }, 401) });
    const failed = await keycloakDirectory(options(fetcher))
      .find('dc.new')
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(CrosslinkError);
    expect((failed as CrosslinkError).code).toBe('DIRECTORY_UNAVAILABLE');
  });
});
