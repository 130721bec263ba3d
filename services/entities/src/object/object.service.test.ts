import { scopeFor, principalOf } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import type { Idempotency } from '../idempotency/idempotency.service.js';
import type { PageRequest } from './object.cypher.js';
import type { CaseRef, Holder, Sighting, StoredObject } from './object.model.js';
import type { ObjectRepository } from './object.repository.js';
import { ObjectService } from './object.service.js';

const analyst = principalOf('analyst.gmp');

const vehicle: StoredObject = {
  __typename: 'Vehicle',
  id: 'v1',
  vrm: 'AB12CDE',
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 't',
  handsets: [],
  claims: [
    { caseId: 'c1', force: 'GMP', recordedBy: 't', recordedAt: '2026-01-02T00:00:00Z', make: null, colour: 'Blue' },
    { caseId: 'c2', force: 'MPS', recordedBy: 't', recordedAt: '2026-01-01T00:00:00Z', make: 'Ford', colour: 'Red' },
  ],
  foreign: true,
};
const holder: Holder = { personId: 'p1', role: 'SUSPECT', caseId: 'c1', force: 'GMP', recordedAt: '2026-01-02T00:00:00Z' };
const seen: Sighting<CaseRef> = { node: { id: 'c1', force: 'GMP' }, at: '2026-01-02T00:00:00Z' };

/** Case c1 holds the vehicle; every other case is unknown or hidden. Counts the case page loads. */
function service() {
  const casePages: PageRequest[] = [];
  const repository = {
    ofCases: async (requests: readonly PageRequest[]) => {
      casePages.push(...requests);
      return new Map(requests.filter((r) => r.parentId === 'c1').map((r) => [r.key, [{ node: vehicle, at: seen.at }]]));
    },
    casesOf: async (_label: string, requests: readonly PageRequest[]) => new Map(requests.map((r) => [r.key, [seen]])),
    holdersOf: async (_label: string, ids: readonly string[]) => new Map(ids.map((id) => [id, [holder]])),
  } as unknown as ObjectRepository;
  return { objects: new ObjectService(repository, scopeFor(analyst), {} as Idempotency), casePages };
}

describe('ObjectService, for the fields of objects and cases', () => {
  it('pages a case’s objects, each edge holding the object itself (for the read audit) and when the case recorded it, and answers a hidden case with an empty page', async () => {
    const { objects } = service();
    const page = await objects.ofCasePage('c1', { first: 10 });
    expect(page.edges).toEqual([{ cursor: expect.any(String), node: vehicle, recordedAt: seen.at }]);
    expect(await objects.ofCasePage('c2', { kind: 'Phone' })).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('starts loading a case’s objects with the case only when they are asked for, once for both', async () => {
    const { objects, casePages } = service();
    objects.prefetchOfCase('c1', null);
    objects.prefetchOfCase('c1', { first: 20 });
    await objects.ofCasePage('c1', { first: 20 });
    expect(casePages.map((r) => r.parentId)).toEqual(['c1']);
  });

  it('lists an object’s cases as references to them, with when it was first recorded in each', async () => {
    const page = await service().objects.casesPage('Vehicle', 'v1', {});
    expect(page.edges).toEqual([{ cursor: expect.any(String), recordedAt: seen.at, node: { __typename: 'Case', id: 'c1', force: 'GMP' } }]);
  });

  it('says what each holder is to an object of its kind', async () => {
    const { objects } = service();
    expect(await objects.holders('Vehicle', 'v1')).toEqual([{ ...holder, relation: 'KEEPER' }]);
    expect(await objects.holders('Phone', 'p1')).toEqual([{ ...holder, relation: 'HOLDER' }]);
  });

  it('describes a vehicle as the first claim giving each detail does', () => {
    const { objects } = service();
    expect(objects.detail(vehicle, 'make')).toBe('Ford');
    expect(objects.detail(vehicle, 'colour')).toBe('Blue');
    expect(objects.detail(vehicle, 'model')).toBeNull();
  });
});
