import type { Principal, Role } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { mayListOfficers, mayManageOfficers, realOfficerOf } from './officer.rules.js';

const HUB = 'NCA';
const as = (force: string, ...roles: Role[]): Principal => ({
  userId: 'u',
  username: 'u',
  displayName: 'U',
  roles: new Set(roles),
  force,
  clearance: 'OFFICIAL',
  caveats: new Set(),
});

describe('who may list a force’s officers', () => {
  it.each([
    ['a detective of the force', as('GMP', 'detective'), true],
    ['a supervisor of the force', as('GMP', 'supervisor'), true],
    ['a detective of another force', as('MPS', 'detective'), false],
    ['a supervisor of another force', as('MPS', 'supervisor'), false],
    ['a hub analyst', as(HUB, 'analyst'), true],
    ['a hub supervisor', as(HUB, 'supervisor'), true],
    ['a hub administrator', as(HUB, 'admin'), true],
    ['a hub detective', as(HUB, 'detective'), false],
    ['an administrator of another force', as('MPS', 'admin'), false],
  ])('%s: %s', (_who, principal, allowed) => {
    expect(mayListOfficers(principal, HUB, 'GMP')).toBe(allowed);
  });
});

describe('who may place an officer in a team', () => {
  it.each([
    ['a supervisor of the force', as('GMP', 'supervisor'), true],
    ['a hub supervisor', as(HUB, 'supervisor'), true],
    ['a hub administrator', as(HUB, 'admin'), true],
    ['a detective of the force', as('GMP', 'detective'), false],
    ['a supervisor of another force', as('MPS', 'supervisor'), false],
    ['a hub analyst', as(HUB, 'analyst'), false],
    ['an administrator of another force', as('MPS', 'admin'), false],
  ])('%s: %s', (_who, principal, allowed) => {
    expect(mayManageOfficers(principal, HUB, 'GMP')).toBe(allowed);
  });
});

describe('an officer named by a supervisor is a real one', () => {
  const known = { username: 'dc.ames', force: 'GMP', displayName: 'DC Ames', team: null };

  it('accepts a known officer of the force', () => {
    expect(realOfficerOf(known, 'dc.ames', 'GMP', 'input.officer')).toBe(known);
  });

  it('refuses a username Crosslink does not know, naming the field', () => {
    expect(() => realOfficerOf(null, 'dc.amse', 'GMP', 'input.officer.username')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'input.officer.username' }, message: expect.stringContaining('dc.amse') }),
    );
  });

  it('refuses an officer of another force', () => {
    expect(() => realOfficerOf(known, 'dc.ames', 'MPS', 'input.officer')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'input.officer' }, message: 'dc.ames serves in GMP, not MPS' }),
    );
  });
});
