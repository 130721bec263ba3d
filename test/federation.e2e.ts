import { query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { addAddress, addPerson, openCase } from './support/fixtures.js';
import { CASE_DOSSIER, LINK_PERSON } from './support/operations.js';

describe('a query across cases, entities and locations', () => {
  it('returns what the mutations wrote', async () => {
    const suffix = uniqueSuffix();
    const opened = await openCase('detective.gmp', `County line ${suffix}`);
    expect(opened.reference).toMatch(/^GMP-\d{4}-\d{5}$/);
    const suspect = await addPerson('detective.gmp', opened.id, { forenames: 'Dwayne', surname: `Mercer${suffix}`, dateOfBirth: '1994-02-11' });
    const victim = await addPerson('detective.gmp', opened.id, { forenames: 'Kai', surname: `Brennan${suffix}`, role: 'VICTIM' });
    await addAddress('detective.gmp', opened.id, suspect, '41 Claremont Road', 'm14 4rs');

    const data = await query(testEnv().gatewayUrl, await tokenFor('detective.gmp'), CASE_DOSSIER, { reference: opened.reference });
    expect(data.case).toMatchObject({
      id: opened.id,
      reference: opened.reference,
      title: `County line ${suffix}`,
      status: 'OPEN',
      force: { code: 'GMP', name: 'Greater Manchester Police' },
    });
    const people = new Map(data.case.people.map((p: any) => [p.person.id, p]));
    expect(people.get(suspect)).toMatchObject({
      role: 'SUSPECT',
      person: {
        forenames: 'Dwayne',
        dateOfBirth: '1994-02-11',
        addresses: [{ line1: '41 Claremont Road', postcode: 'M14 4RS' }],
        cases: [{ role: 'SUSPECT', case: { reference: opened.reference } }],
      },
    });
    expect(people.get(victim)).toMatchObject({ role: 'VICTIM', person: { addresses: [] } });
  });

  it('shows one person, and one address, across two forces’ cases', async () => {
    const gmpCase = await openCase('detective.gmp');
    const metCase = await openCase('detective.met');
    const person = await addPerson('detective.gmp', gmpCase.id);
    const address = await addAddress('detective.gmp', gmpCase.id, person, `Flat ${uniqueSuffix()}, 12 Anfield Road`, 'L4 0TH');

    // The hub links the GMP subject into the Met's case; the Met's own record of the same address is the same node.
    await query(
      testEnv().gatewayUrl,
      await tokenFor('supervisor.nca'),
      LINK_PERSON,
      { input: { personId: person, caseId: metCase.id, role: 'ASSOCIATE' } },
      {
        'x-crosslink-purpose': 'Linking the subject across forces',
      },
    );
    const data = await query(
      testEnv().gatewayUrl,
      await tokenFor('analyst.nca'),
      CASE_DOSSIER,
      { reference: metCase.reference },
      {
        'x-crosslink-purpose': 'Cross-force link check',
      },
    );
    const linked = data.case.people.find((p: any) => p.person.id === person);
    expect(linked.role).toBe('ASSOCIATE');
    expect(linked.person.addresses.map((a: any) => a.id)).toEqual([address]);
    expect(linked.person.cases.map((c: any) => c.case.reference).sort()).toEqual([gmpCase.reference, metCase.reference].sort());
  });

  it('keeps another force’s case out of a detective’s reach', async () => {
    const metCase = await openCase('detective.met');
    await addPerson('detective.met', metCase.id);
    const gmp = await tokenFor('detective.gmp');
    const data = await query(testEnv().gatewayUrl, gmp, CASE_DOSSIER, { reference: metCase.reference });
    expect(data.case).toBeNull();
    // Other tests may share or join MPS cases with GMP, so look for this case only (with a purpose, as
    // any MPS case GMP does see is another force's data).
    const listed = await query(
      testEnv().gatewayUrl,
      gmp,
      '{ cases(first: 100, filter: { force: "MPS" }) { edges { node { id } } } }',
      {},
      {
        'x-crosslink-purpose': 'Reach check',
      },
    );
    expect(listed.cases.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(metCase.id);
  });
});

describe('locations', () => {
  it('keep coordinates and fall in a force area, guessed from the postcode or given', async () => {
    const opened = await openCase('detective.gmp');
    const person = await addPerson('detective.gmp', opened.id);
    const record = `mutation ($i: RecordAddressInput!) { recordAddress(input: $i) { location { id latitude longitude forceArea { code name } } } }`;
    const token = await tokenFor('detective.gmp');
    const guessed = await query(testEnv().gatewayUrl, token, record, {
      i: {
        caseId: opened.id,
        personId: person,
        line1: `${uniqueSuffix()} Wilmslow Road`,
        town: 'Manchester',
        postcode: 'M14 6DH',
        latitude: 53.4484,
        longitude: -2.2196,
      },
    });
    expect(guessed.recordAddress.location).toMatchObject({
      latitude: 53.4484,
      longitude: -2.2196,
      forceArea: { code: 'GMP', name: 'Greater Manchester Police' },
    });
    const given = await query(testEnv().gatewayUrl, token, record, {
      i: { caseId: opened.id, personId: person, line1: `${uniqueSuffix()} Foregate Street`, town: 'Chester', postcode: 'CH1 1HB', forceArea: 'CHES' },
    });
    expect(given.recordAddress.location.forceArea.code).toBe('CHES');
  });
});
