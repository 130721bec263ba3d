import type { Neo4jExecutor } from '@crosslink/common';
import { scopeFor, principalOf } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { ForceRepository } from './force.repository.js';
import { ForceService } from './force.service.js';

const detective = principalOf('detective.gmp');

/** A database that holds GMP and MPS only. */
const db = {
  read: async (query: { params: { codes?: string[] } }) =>
    [{ code: 'GMP' }, { code: 'MPS' }].filter((f) => query.params.codes === undefined || query.params.codes.includes(f.code)).map((force) => ({ force })),
} as unknown as Neo4jExecutor;

describe('ForceService.assertKnown', () => {
  const forces = new ForceService(new ForceRepository(db), scopeFor(detective));

  it('passes a force that exists, in any case and spacing, and no force at all', async () => {
    await expect(forces.assertKnown(' gmp ', 'filter.force')).resolves.toBeUndefined();
    await expect(forces.assertKnown(null, 'filter.force')).resolves.toBeUndefined();
    await expect(forces.assertKnown(undefined, 'force')).resolves.toBeUndefined();
  });

  it('refuses a code no force has with FORCE_NOT_FOUND naming the field', async () => {
    await expect(forces.assertKnown('GMPX', 'filter.force')).rejects.toMatchObject({ code: 'FORCE_NOT_FOUND', details: { field: 'filter.force' } });
  });

  it('refuses a code that cannot be a force code as VALIDATION_FAILED', async () => {
    await expect(forces.assertKnown('G!', 'force')).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'force' } });
  });
});
