import { postGraphQL, testEnv, tokenFor } from '@crosslink/common/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAddress, addPerson, openCase } from './support/fixtures.js';
import { ENTITIES } from './support/operations.js';

// The exact query the gateway sends to resolve references, for every @key of every subgraph.
// A key that matches nothing — or a record the caller may not see — resolves to null.

let gmpCase: { id: string; reference: string };
let metCase: { id: string; reference: string };
let person: string;
let metPerson: string;
let location: string;

beforeAll(async () => {
  gmpCase = await openCase('detective.gmp');
  metCase = await openCase('detective.met');
  person = await addPerson('detective.gmp', gmpCase.id);
  metPerson = await addPerson('detective.met', metCase.id);
  location = await addAddress('detective.gmp', gmpCase.id, person, '7 Entity Street', 'M1 1AE');
  await addAddress('detective.met', metCase.id, metPerson, '9 Hidden Lane', 'E15 2NE');
});

async function resolve(subgraph: 'cases' | 'entities' | 'locations', representations: Record<string, unknown>[], user = 'detective.gmp') {
  // A purpose, as the gateway would forward it: the hub's references are other forces' data.
  const response = await postGraphQL(
    testEnv().subgraphUrls[subgraph],
    ENTITIES[subgraph],
    { representations },
    {
      token: await tokenFor(user),
      headers: { 'x-crosslink-purpose': 'Reference resolution check' },
    },
  );
  expect(response.errors).toBeUndefined();
  return response.data._entities as (Record<string, unknown> | null)[];
}

describe('cases subgraph references', () => {
  it('resolves Force by code, null for an unknown code', async () => {
    const found = await resolve('cases', [
      { __typename: 'Force', code: 'WMP' },
      { __typename: 'Force', code: 'NOPE' },
    ]);
    expect(found).toEqual([{ __typename: 'Force', code: 'WMP', name: 'West Midlands Police' }, null]);
  });

  it('resolves Case by id and by reference, null for unknown and hidden ones', async () => {
    const found = await resolve('cases', [
      { __typename: 'Case', id: gmpCase.id },
      { __typename: 'Case', reference: gmpCase.reference },
      { __typename: 'Case', id: '00000000-0000-0000-0000-000000000000' },
      { __typename: 'Case', reference: 'GMP-1999-99999' },
      { __typename: 'Case', id: metCase.id },
    ]);
    expect(found).toEqual([{ __typename: 'Case', id: gmpCase.id }, { __typename: 'Case', id: gmpCase.id }, null, null, null]);
  });
});

describe('entities subgraph references', () => {
  it('resolves Person by id, null for unknown and hidden people', async () => {
    const found = await resolve('entities', [
      { __typename: 'Person', id: person },
      { __typename: 'Person', id: 'no-such-person' },
      { __typename: 'Person', id: metPerson },
    ]);
    expect(found).toEqual([{ __typename: 'Person', id: person }, null, null]);
  });

  it('resolves Case (for its people) by id, null for unknown and hidden cases', async () => {
    const found = await resolve('entities', [
      { __typename: 'Case', id: gmpCase.id },
      { __typename: 'Case', id: 'no-such-case' },
      { __typename: 'Case', id: metCase.id },
    ]);
    expect(found).toEqual([{ __typename: 'Case', id: gmpCase.id }, null, null]);
  });

  it('lets the hub resolve both forces’ people', async () => {
    const found = await resolve(
      'entities',
      [
        { __typename: 'Person', id: person },
        { __typename: 'Person', id: metPerson },
      ],
      'analyst.nca',
    );
    expect(found).toEqual([
      { __typename: 'Person', id: person },
      { __typename: 'Person', id: metPerson },
    ]);
  });
});

describe('locations subgraph references', () => {
  it('resolves Location by id, null for unknown ones', async () => {
    const found = await resolve('locations', [
      { __typename: 'Location', id: location },
      { __typename: 'Location', id: 'nowhere' },
    ]);
    expect(found).toEqual([{ __typename: 'Location', id: location, postcode: 'M1 1AE' }, null]);
  });

  it('resolves Person (for addresses) by id, null for unknown and hidden people', async () => {
    const found = await resolve('locations', [
      { __typename: 'Person', id: person },
      { __typename: 'Person', id: 'nobody' },
      { __typename: 'Person', id: metPerson },
    ]);
    expect(found).toEqual([{ __typename: 'Person', id: person }, null, null]);
  });
});
