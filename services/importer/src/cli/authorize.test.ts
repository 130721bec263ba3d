import type { Principal, Role } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { authorizeImport } from './authorize.js';
import type { ImportArgs } from './import-args.js';

const principal = (force: string, role: Role, clearance: Principal['clearance'] = 'OFFICIAL'): Principal => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  roles: new Set([role]),
  force,
  clearance,
  caveats: new Set(),
});
const args = (force: string, more: Partial<Omit<ImportArgs, 'force'>> = {}): ImportArgs & { force: string } => ({
  format: 'police-uk',
  path: 'a.csv',
  force,
  classification: 'OFFICIAL',
  dryRun: false,
  batchSize: 2000,
  rejectPath: null,
  purpose: null,
  source: null,
  mapping: null,
  caseReference: null,
  parallel: 2,
  ...more,
});
const refusal = (p: Principal, a: ImportArgs & { force: string }) => {
  try {
    authorizeImport(p, a, 'NCA');
    return null;
  } catch (error) {
    return [(error as { code: string }).code, (error as { details: { field?: string } }).details.field];
  }
};

describe('authorizeImport', () => {
  it('lets a supervisor import their own force’s data, and a hub supervisor any force’s with a purpose', () => {
    expect(refusal(principal('GMP', 'supervisor'), args('GMP'))).toBeNull();
    expect(refusal(principal('NCA', 'supervisor'), args('GMP', { purpose: 'Operation Lantern data load' }))).toBeNull();
  });

  it('refuses other roles, other forces, classifications beyond clearance, and a hub import without a purpose', () => {
    expect(refusal(principal('GMP', 'detective'), args('GMP'))).toEqual(['FORBIDDEN', undefined]);
    expect(refusal(principal('GMP', 'analyst'), args('GMP'))).toEqual(['FORBIDDEN', undefined]);
    expect(refusal(principal('MPS', 'supervisor'), args('GMP'))).toEqual(['FORBIDDEN', '--force']);
    expect(refusal(principal('GMP', 'supervisor'), args('GMP', { classification: 'SECRET' }))).toEqual(['FORBIDDEN', '--classification']);
    expect(refusal(principal('NCA', 'supervisor'), args('GMP'))).toEqual(['PURPOSE_REQUIRED', '--purpose']);
    expect(refusal(principal('NCA', 'supervisor'), args('GMP', { purpose: 'x' }))).toEqual(['PURPOSE_INVALID', '--purpose']);
  });
});
