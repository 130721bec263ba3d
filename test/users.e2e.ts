import { claimsOf, query, testEnv, tokenFor } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';

const demoUsers = [
  ['detective.gmp', 'GMP', 'detective'],
  ['supervisor.gmp', 'GMP', 'supervisor'],
  ['detective.met', 'MPS', 'detective'],
  ['detective.wmp', 'WMP', 'detective'],
  ['detective.merpol', 'MERPOL', 'detective'],
  ['analyst.nca', 'NCA', 'analyst'],
  ['supervisor.nca', 'NCA', 'supervisor'],
  ['auditor.nca', 'NCA', 'auditor'],
  ['admin.nca', 'NCA', 'admin'],
] as const;

describe.each(demoUsers)('demo user %s', (username, force, role) => {
  it('gets a token carrying force, clearance, role and the API audience', async () => {
    const claims = claimsOf(await tokenFor(username));
    expect(claims['force']).toBe(force);
    expect(['OFFICIAL', 'SECRET', 'TOP_SECRET']).toContain(claims['clearance']);
    expect((claims['realm_access'] as { roles: string[] }).roles).toContain(role);
    expect(claims['aud']).toContain('crosslink-api');
  });

  it('reads the forces through the gateway, its own among them', async () => {
    const data = await query(testEnv().gatewayUrl, await tokenFor(username), '{ forces { code name kind } }');
    const codes = data.forces.map((f: { code: string }) => f.code);
    expect(codes).toContain(force);
    expect(data.forces.filter((f: { kind: string }) => f.kind === 'TERRITORIAL')).toHaveLength(43);
  });
});
