import { describe, expect, it } from 'vitest';
import { clearanceReaches, clearances, hasRole, InvalidClaimsError, principalFromClaims } from './principal.js';

const valid = {
  sub: 'f3c1a2b4-0000-4000-8000-000000000001',
  preferred_username: 'dsmith',
  name: 'Dana Smith',
  force: 'GMP',
  clearance: 'SECRET',
  realm_access: { roles: ['detective', 'supervisor'] },
};

const without = (key: keyof typeof valid) => {
  const { [key]: _dropped, ...rest } = valid;
  return rest;
};

describe('principalFromClaims', () => {
  it('builds the principal from valid claims', () => {
    const principal = principalFromClaims(valid);
    expect(principal).toEqual({
      userId: valid.sub,
      username: 'dsmith',
      displayName: 'Dana Smith',
      roles: new Set(['detective', 'supervisor']),
      force: 'GMP',
      clearance: 'SECRET',
      caveats: new Set(),
    });
  });

  it('reads the team when the realm names a well-formed one, and ignores anything else', () => {
    expect(principalFromClaims({ ...valid, team: ' County Lines Taskforce ' }).team).toBe('County Lines Taskforce');
    for (const team of [undefined, '', 'x', 42, ['A team'], '<script>', 'a'.repeat(61)]) {
      expect(principalFromClaims({ ...valid, team }).team).toBeUndefined();
    }
  });

  it('reads caveats given as a list or as one value', () => {
    expect(principalFromClaims({ ...valid, caveats: ['SENSITIVE', 'OP_LARKSPUR'] }).caveats).toEqual(new Set(['SENSITIVE', 'OP_LARKSPUR']));
    expect(principalFromClaims({ ...valid, caveats: 'SENSITIVE' }).caveats).toEqual(new Set(['SENSITIVE']));
  });

  it.each([[['lower']], [[42]], [['SENSITIVE', '']], [{ a: 1 }]])('refuses a malformed caveats claim %j', (caveats) => {
    expect(() => principalFromClaims({ ...valid, caveats })).toThrow(InvalidClaimsError);
  });

  it.each([
    ['sub', without('sub')],
    ['empty sub', { ...valid, sub: '' }],
    ['non-string sub', { ...valid, sub: 42 }],
    ['preferred_username', without('preferred_username')],
    ['empty preferred_username', { ...valid, preferred_username: '' }],
    ['force', without('force')],
    ['clearance', without('clearance')],
  ])('refuses claims without a usable %s', (_name, claims) => {
    expect(() => principalFromClaims(claims)).toThrow(InvalidClaimsError);
  });

  it.each(['gmp', 'G', '1GMP', 'GMP-X', 'ABCDEFGHIJKLM', ' GMP', 'GMP\n'])('refuses the force claim %j', (force) => {
    expect(() => principalFromClaims({ ...valid, force })).toThrow(/force/);
  });

  it.each(['secret', 'RESTRICTED', 'CONFIDENTIAL', '', 2])('refuses the unknown clearance %j rather than defaulting', (clearance) => {
    expect(() => principalFromClaims({ ...valid, clearance })).toThrow(/clearance/);
  });

  it('keeps only the roles Crosslink knows', () => {
    const principal = principalFromClaims({
      ...valid,
      realm_access: { roles: ['offline_access', 'analyst', 'uma_authorization', 'ADMIN', 7, 'auditor'] },
    });
    expect([...principal.roles].sort()).toEqual(['analyst', 'auditor']);
  });

  it.each([
    ['missing realm_access', without('realm_access')],
    ['realm_access without roles', { ...valid, realm_access: {} }],
    ['roles not an array', { ...valid, realm_access: { roles: 'admin' } }],
    ['realm_access null', { ...valid, realm_access: null }],
  ])('grants no roles when %s', (_name, claims) => {
    expect(principalFromClaims(claims).roles.size).toBe(0);
  });

  it('falls back to the username when the name is missing or empty', () => {
    expect(principalFromClaims(without('name')).displayName).toBe('dsmith');
    expect(principalFromClaims({ ...valid, name: '' }).displayName).toBe('dsmith');
    expect(principalFromClaims({ ...valid, name: ['Dana'] }).displayName).toBe('dsmith');
  });
});

describe('hasRole', () => {
  const principal = principalFromClaims(valid);

  it('is true when any of the roles is held', () => {
    expect(hasRole(principal, 'admin', 'supervisor')).toBe(true);
  });

  it('is false when none is held, or none is asked for', () => {
    expect(hasRole(principal, 'admin', 'analyst')).toBe(false);
    expect(hasRole(principal)).toBe(false);
  });
});

describe('clearanceReaches', () => {
  it('orders OFFICIAL < SECRET < TOP_SECRET', () => {
    expect(clearances).toEqual(['OFFICIAL', 'SECRET', 'TOP_SECRET']);
  });

  it.each([
    ['OFFICIAL', 'OFFICIAL', true],
    ['OFFICIAL', 'SECRET', false],
    ['OFFICIAL', 'TOP_SECRET', false],
    ['SECRET', 'OFFICIAL', true],
    ['SECRET', 'SECRET', true],
    ['SECRET', 'TOP_SECRET', false],
    ['TOP_SECRET', 'OFFICIAL', true],
    ['TOP_SECRET', 'TOP_SECRET', true],
  ] as const)('%s reaches %s: %s', (held, required, expected) => {
    expect(clearanceReaches(held, required)).toBe(expected);
  });
});
