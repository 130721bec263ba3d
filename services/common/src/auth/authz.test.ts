import { describe, expect, it } from 'vitest';
import { CrosslinkError } from '../errors/crosslink-error.js';
import { actionRoles, assertCan, can, type Action } from './authz.js';
import { roles, type Principal, type Role } from './principal.js';

const principalWith = (...held: Role[]): Principal => ({
  userId: 'u1',
  username: 'user',
  displayName: 'User',
  roles: new Set(held),
  force: 'GMP',
  clearance: 'OFFICIAL',
  caveats: new Set(),
});

const actions = Object.keys(actionRoles) as Action[];

describe('actionRoles', () => {
  it.each(actions)('%s is allowed to at least one known role', (action) => {
    const allowed: readonly string[] = actionRoles[action];
    expect(allowed.length).toBeGreaterThan(0);
    for (const role of allowed) expect(roles).toContain(role);
  });
});

describe('can', () => {
  it('allows a role listed for the action', () => {
    expect(can(principalWith('detective'), 'case:create')).toBe(true);
    expect(can(principalWith('analyst'), 'case:read')).toBe(true);
  });

  it('refuses a role not listed for the action', () => {
    expect(can(principalWith('analyst'), 'case:create')).toBe(false);
    expect(can(principalWith('auditor'), 'person:read')).toBe(false);
  });

  it('allows when any one of several roles is listed', () => {
    expect(can(principalWith('auditor', 'supervisor'), 'location:record')).toBe(true);
  });

  it.each(actions)('refuses %s to a principal without roles', (action) => {
    expect(can(principalWith(), action)).toBe(false);
  });
});

describe('assertCan', () => {
  it('returns quietly when allowed', () => {
    expect(() => assertCan(principalWith('supervisor'), 'person:record')).not.toThrow();
  });

  it('throws FORBIDDEN naming the action when refused', () => {
    let thrown: unknown;
    try {
      assertCan(principalWith('auditor'), 'case:create');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CrosslinkError);
    const error = thrown as CrosslinkError;
    expect(error.code).toBe('FORBIDDEN');
    expect(error.category).toBe('client');
    expect(error.details).toEqual({ action: 'case:create' });
    expect(error.message).toContain('case:create');
  });
});
