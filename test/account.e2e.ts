import { claimsOf, testEnv, tokenFor } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';

// Clearance and force decide what a user may see, so only an administrator may set them.
describe('the Keycloak account API', () => {
  it('does not let a user raise their own clearance or change force', async () => {
    const token = await tokenFor('detective.wmp');
    const url = `${testEnv().keycloakUrl}/realms/crosslink/account`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' };
    const current = (await (await fetch(url, { headers })).json()) as Record<string, unknown>;
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...current, attributes: { clearance: ['TOP_SECRET'], force: ['NCA'] } }),
    });
    // Keycloak either refuses the change or ignores the read-only attributes; either way nothing changes.
    const after = (await (await fetch(url, { headers })).json()) as { attributes?: Record<string, string[]> };
    expect([200, 204, 400, 403]).toContain(response.status);
    expect(after.attributes?.['clearance'] ?? ['OFFICIAL']).toEqual(['OFFICIAL']);
    expect(after.attributes?.['force'] ?? ['WMP']).toEqual(['WMP']);

    const fresh = await fetch(`${testEnv().keycloakUrl}/realms/crosslink/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'crosslink-cli', username: 'detective.wmp', password: 'crosslink' }),
    });
    const claims = claimsOf(((await fresh.json()) as { access_token: string }).access_token);
    expect(claims['clearance']).toBe('OFFICIAL');
    expect(claims['force']).toBe('WMP');
  });

  it('does not let a user change the name other officers see on alerts and records', async () => {
    const token = await tokenFor('detective.merpol');
    const url = `${testEnv().keycloakUrl}/realms/crosslink/account`;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' };
    const current = (await (await fetch(url, { headers })).json()) as { firstName?: string; lastName?: string };
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ ...current, firstName: 'Chief', lastName: 'Constable' }) });
    const after = (await (await fetch(url, { headers })).json()) as { firstName?: string; lastName?: string };
    expect([200, 204, 400, 403]).toContain(response.status);
    expect([after.firstName, after.lastName]).toEqual([current.firstName, current.lastName]);
    expect(after.firstName).not.toBe('Chief');
  });
});
