import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD_POLICY, demoRealm } from './demo-realm.mjs';

const committed = readFileSync(new URL('../../infra/keycloak/crosslink-realm.json', import.meta.url), 'utf8');
const realm = JSON.parse(committed);
const profile = JSON.parse(realm.components['org.keycloak.userprofile.UserProfileProvider'][0].config['kc.user.profile.config'][0]) as {
  attributes: { name: string; permissions: { edit: string[] }; required?: { roles: string[] } }[];
};
const attribute = (name: string) => profile.attributes.find((a) => a.name === name);

describe('the crosslink realm', () => {
  it('leaves password hashing to Keycloak’s default; only the demo stacks hash cheaply', () => {
    expect(realm.passwordPolicy).not.toMatch(/hashAlgorithm|hashIterations/);
    expect(JSON.parse(demoRealm(committed)).passwordPolicy).toBe(DEMO_PASSWORD_POLICY);
  });

  it('lets only administrators edit what identifies an officer (names feed alerts and records)', () => {
    for (const name of ['firstName', 'lastName', 'force', 'clearance', 'caveats', 'team']) {
      expect(attribute(name)?.permissions.edit, name).toEqual(['admin']);
    }
    // A user is never asked to fill in what they may not edit.
    expect(attribute('firstName')?.required?.roles ?? []).not.toContain('user');
    expect(attribute('lastName')?.required?.roles ?? []).not.toContain('user');
  });

  it('lets the console sign in only back to its own origin, with PKCE', () => {
    const console = realm.clients.find((c: { clientId: string }) => c.clientId === 'crosslink-console');
    expect(console.publicClient).toBe(true);
    expect(console.attributes['pkce.code.challenge.method']).toBe('S256');
    expect(console.redirectUris).toEqual(['http://127.0.0.1:4005/*']);
    const test = JSON.parse(demoRealm(committed, { consoleOrigin: 'http://127.0.0.1:4115' })).clients.find(
      (c: { clientId: string }) => c.clientId === 'crosslink-console',
    );
    expect(test.redirectUris).toEqual(['http://127.0.0.1:4115/*']);
    expect(test.attributes['post.logout.redirect.uris']).toBe('http://127.0.0.1:4115/*');
    expect(test.attributes['pkce.code.challenge.method']).toBe('S256');
  });
});
