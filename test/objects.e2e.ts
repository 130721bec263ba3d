import { postGraphQL, testEnv, tokenFor, uniqueSuffix, uniqueVrm } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';
import { closeDriver, count } from './support/neo4j.js';
import { freshMobile, gql, PHONE_CASES, POLE_ENTITIES, RECORD_PHONE, RECORD_VEHICLE } from './support/pole.js';

afterAll(closeDriver);

const e164 = (uk: string) => `+44${uk.replace(/\s/g, '').slice(1)}`;

async function refused(username: string, operation: string, variables: Record<string, unknown>) {
  const response = await postGraphQL(testEnv().gatewayUrl, operation, variables, { token: await tokenFor(username) });
  expect(response.errors, 'the mutation should fail').toHaveLength(1);
  return response.errors?.[0]?.extensions ?? {};
}

describe('phones shared across forces', () => {
  // The first test to read objects may wait while Neo4j plans their statements for the first time.
  it('makes the same number, written two ways by two forces, one Phone node', { timeout: 60_000 }, async () => {
    const [gmp, met] = [await openCase('detective.gmp'), await openCase('detective.met')];
    const suspect = await addPerson('detective.gmp', gmp.id);
    const number = freshMobile();
    const a = await gql('detective.gmp', RECORD_PHONE, { input: { caseId: gmp.id, personId: suspect, number } });
    const b = await gql('detective.met', RECORD_PHONE, { input: { caseId: met.id, number: `0044 ${number.slice(1)}`, imei: '49-015420-323751-8' } });
    expect(a.recordPhone.phone.number).toBe(e164(number));
    expect(b.recordPhone.phone.id).toBe(a.recordPhone.phone.id);
    expect(b.recordPhone.phone.handsets).toEqual(['490154203237518']);
    expect(await count('MATCH (p:Phone {number: $number})', { number: e164(number) })).toBe(1);
    expect(await count('MATCH (:Phone {number: $number})-[:SEEN_IN]->(:Case)', { number: e164(number) })).toBe(2);

    // Each detective sees the phone in their own case only; the hub sees both cases.
    const cases = async (user: string) =>
      (await gql(user, PHONE_CASES, { id: a.recordPhone.phone.id })).phone.cases.edges.map((e: any) => e.node.reference).sort();
    expect(await cases('detective.gmp')).toEqual([gmp.reference]);
    expect(await cases('detective.met')).toEqual([met.reference]);
    expect(await cases('analyst.nca')).toEqual([gmp.reference, met.reference].sort());
    expect((await gql('detective.wmp', PHONE_CASES, { id: a.recordPhone.phone.id })).phone).toBeNull();

    const person = await gql('detective.gmp', `query ($id: ID!) { person(id: $id) { phones { number } } }`, { id: suspect });
    expect(person.person.phones).toEqual([{ number: e164(number) }]);
  });

  it.each([
    ['(0161) 496 0000', '+441614960000'],
    ['+44 (0)161 496 0000', '+441614960000'],
    ['+1 202-555-0143', '+12025550143'],
  ])('normalises %j to %s', async (raw, normalised) => {
    const opened = await openCase('detective.gmp');
    const data = await gql('detective.gmp', RECORD_PHONE, { input: { caseId: opened.id, number: raw } });
    expect(data.recordPhone.phone.number).toBe(normalised);
  });

  it.each([
    ['a short number', { number: '07700 9001' }, 'input.number'],
    ['letters', { number: '0770O 900123' }, 'input.number'],
    ['a bad IMEI check digit', { number: '', imei: '490154203237519' }, 'input.imei'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, given, field) => {
    const opened = await openCase('detective.gmp');
    const number = given.number || freshMobile();
    const error = await refused('detective.gmp', RECORD_PHONE, { input: { caseId: opened.id, ...given, number } });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(await count('MATCH (:Phone)-[:SEEN_IN]->(:Case {id: $id})', { id: opened.id })).toBe(0);
  });

  it('refuses a case the caller may not see, writing nothing', async () => {
    const met = await openCase('detective.met');
    const number = freshMobile();
    const error = await refused('detective.gmp', RECORD_PHONE, { input: { caseId: met.id, number } });
    expect(error).toMatchObject({ code: 'CASE_NOT_FOUND', field: 'input.caseId' });
    expect(await count('MATCH (p:Phone {number: $number})', { number: e164(number) })).toBe(0);
  });
});

describe('vehicles', () => {
  it('normalises the VRM so two spellings are one vehicle, each force keeping its own description', async () => {
    const [gmp, wmp] = [await openCase('detective.gmp'), await openCase('detective.wmp')];
    const vrm = `XY${uniqueSuffix().slice(0, 2).replace(/[a-f]/g, '7')} ${'ZQJ'}`;
    const a = await gql('detective.gmp', RECORD_VEHICLE, { input: { caseId: gmp.id, vrm: vrm.toLowerCase(), make: 'Ford', colour: 'Silver' } });
    const b = await gql('detective.wmp', RECORD_VEHICLE, { input: { caseId: wmp.id, vrm: vrm.replace(' ', '-'), model: 'Focus', colour: 'Grey' } });
    const normalised = vrm.replace(' ', '');
    expect(a.recordVehicle.vehicle).toMatchObject({ vrm: normalised, make: 'Ford', colour: 'Silver' });
    // West Midlands may not see GMP's case: its answer is its own description, never GMP's.
    expect(b.recordVehicle.vehicle).toMatchObject({ id: a.recordVehicle.vehicle.id, vrm: normalised, make: null, model: 'Focus', colour: 'Grey' });
    expect(b.recordVehicle.vehicle.claims).toEqual([
      expect.objectContaining({ force: { code: 'WMP' }, make: null, model: 'Focus', colour: 'Grey', recordedBy: 'detective.wmp' }),
    ]);
    expect(JSON.stringify(b)).not.toContain('Silver');
    expect(await count('MATCH (v:Vehicle {vrm: $vrm})', { vrm: normalised })).toBe(1);
    expect(await count('MATCH (v:Vehicle {vrm: $vrm}) WHERE v.make IS NOT NULL OR v.colour IS NOT NULL OR v.model IS NOT NULL', { vrm: normalised })).toBe(0);

    // GMP's description is unchanged, and GMP does not see West Midlands' either.
    const again = await gql('detective.gmp', `query ($id: ID!) { vehicle(id: $id) { make model colour claims { force { code } colour } } }`, {
      id: a.recordVehicle.vehicle.id,
    });
    expect(again.vehicle).toEqual({ make: 'Ford', model: null, colour: 'Silver', claims: [{ force: { code: 'GMP' }, colour: 'Silver' }] });

    // The hub sees both, side by side, each with its case.
    const hub = await gql('analyst.nca', `query ($id: ID!) { vehicle(id: $id) { claims { force { code } colour case { id } } } }`, {
      id: a.recordVehicle.vehicle.id,
    });
    expect(hub.vehicle.claims).toEqual([
      { force: { code: 'GMP' }, colour: 'Silver', case: { id: gmp.id } },
      { force: { code: 'WMP' }, colour: 'Grey', case: { id: wmp.id } },
    ]);
  });

  it('a case recording its vehicle again fills its own description and never changes another force’s', async () => {
    const [met, gmp] = [await openCase('detective.met'), await openCase('detective.gmp')];
    const vrm = uniqueVrm();
    await gql('detective.met', RECORD_VEHICLE, { input: { caseId: met.id, vrm, make: 'BMW', colour: 'Grey' } });
    const first = await gql('detective.gmp', RECORD_VEHICLE, { input: { caseId: gmp.id, vrm, colour: 'Silver' } });
    const second = await gql('detective.gmp', RECORD_VEHICLE, { input: { caseId: gmp.id, vrm, make: 'Vauxhall', colour: 'Blue' } });
    expect(first.recordVehicle.vehicle).toMatchObject({ make: null, colour: 'Silver' });
    expect(second.recordVehicle.vehicle).toMatchObject({ make: 'Vauxhall', colour: 'Silver' });
    const hub = await gql('analyst.nca', `query ($id: ID!) { vehicle(id: $id) { claims { force { code } make colour } } }`, {
      id: first.recordVehicle.vehicle.id,
    });
    expect(hub.vehicle.claims).toEqual([
      { force: { code: 'MPS' }, make: 'BMW', colour: 'Grey' },
      { force: { code: 'GMP' }, make: 'Vauxhall', colour: 'Silver' },
    ]);
  });

  it('refuses an invalid VRM naming input.vrm and writes nothing', async () => {
    const opened = await openCase('detective.gmp');
    const error = await refused('detective.gmp', RECORD_VEHICLE, { input: { caseId: opened.id, vrm: 'AB12 CD!' } });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.vrm' });
    expect(await count('MATCH (:Vehicle)-[:SEEN_IN]->(:Case {id: $id})', { id: opened.id })).toBe(0);
  });
});

describe('objects of a case', () => {
  it('lists every kind recorded in the case, as a connection', async () => {
    const opened = await openCase('detective.gmp');
    const person = await addPerson('detective.gmp', opened.id);
    const suffix = uniqueSuffix();
    const input = { caseId: opened.id, personId: person };
    await gql('detective.gmp', `mutation ($i: RecordEmailAddressInput!) { recordEmailAddress(input: $i) { emailAddress { address } } }`, {
      i: { ...input, address: ` Runner.${suffix}@Example.com ` },
    });
    await gql('detective.gmp', `mutation ($i: RecordOnlineAccountInput!) { recordOnlineAccount(input: $i) { onlineAccount { handle } } }`, {
      i: { ...input, platform: 'Instagram', handle: `@Runner_${suffix}` },
    });
    await gql('detective.gmp', `mutation ($i: RecordBankAccountInput!) { recordBankAccount(input: $i) { bankAccount { sortCode } } }`, {
      i: { ...input, iban: 'GB82 WEST 1234 5698 7654 32' },
    });
    await gql('detective.gmp', `mutation ($i: RecordItemInput!) { recordItem(input: $i) { kind } }`, {
      i: { ...input, kind: 'CASH', description: '£2,400 in a shoebox' },
    });

    const data = await gql(
      'detective.gmp',
      `query ($r: String!) { case(reference: $r) { objects(first: 3) {
      edges { cursor node { __typename ... on EmailAddress { address } ... on OnlineAccount { platform handle } ... on BankAccount { sortCode accountNumber iban } ... on Item { kind description } } }
      pageInfo { hasNextPage endCursor } } } }`,
      { r: opened.reference },
    );
    const first = data.case.objects;
    expect(first.edges.map((e: any) => e.node.__typename)).toEqual(['EmailAddress', 'OnlineAccount', 'BankAccount']);
    expect(first.edges[0].node.address).toBe(`runner.${suffix}@example.com`);
    expect(first.edges[1].node).toMatchObject({ platform: 'instagram', handle: `runner_${suffix}` });
    expect(first.edges[2].node).toMatchObject({ sortCode: '123456', accountNumber: '98765432', iban: 'GB82WEST12345698765432' });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await gql(
      'detective.gmp',
      `query ($r: String!, $after: String) { case(reference: $r) { objects(first: 3, after: $after) { edges { node { __typename } } pageInfo { hasNextPage } } } }`,
      {
        r: opened.reference,
        after: first.pageInfo.endCursor,
      },
    );
    expect(next.case.objects.edges.map((e: any) => e.node.__typename)).toEqual(['Item']);
    expect(next.case.objects.pageInfo.hasNextPage).toBe(false);
  });
});

describe('entities subgraph references for objects', () => {
  it('resolves each object type by id, null for an unknown or hidden one', async () => {
    const [gmp, met] = [await openCase('detective.gmp'), await openCase('detective.met')];
    const suffix = uniqueSuffix();
    const phone = (await gql('detective.gmp', RECORD_PHONE, { input: { caseId: gmp.id, number: freshMobile() } })).recordPhone.phone;
    const hidden = (await gql('detective.met', RECORD_PHONE, { input: { caseId: met.id, number: freshMobile() } })).recordPhone.phone;
    const vehicle = (await gql('detective.gmp', RECORD_VEHICLE, { input: { caseId: gmp.id, vrm: uniqueVrm() } })).recordVehicle.vehicle;
    const email = (
      await gql('detective.gmp', `mutation ($i: RecordEmailAddressInput!) { recordEmailAddress(input: $i) { emailAddress { id address } } }`, {
        i: { caseId: gmp.id, address: `e2e.${suffix}@example.org` },
      })
    ).recordEmailAddress.emailAddress;
    const account = (
      await gql('detective.gmp', `mutation ($i: RecordOnlineAccountInput!) { recordOnlineAccount(input: $i) { onlineAccount { id platform handle } } }`, {
        i: { caseId: gmp.id, platform: 'TikTok', handle: `e2e${suffix}` },
      })
    ).recordOnlineAccount.onlineAccount;
    const bank = (
      await gql('detective.gmp', `mutation ($i: RecordBankAccountInput!) { recordBankAccount(input: $i) { bankAccount { id sortCode accountNumber } } }`, {
        i: { caseId: gmp.id, sortCode: '20-00-00', accountNumber: `${Date.now() % 1e8}`.padStart(8, '1') },
      })
    ).recordBankAccount.bankAccount;
    const item = (
      await gql('detective.gmp', `mutation ($i: RecordItemInput!) { recordItem(input: $i) { id kind } }`, {
        i: { caseId: gmp.id, kind: 'WEAPON', description: 'Machete' },
      })
    ).recordItem;

    const representations = [
      { __typename: 'Phone', id: phone.id },
      { __typename: 'Vehicle', id: vehicle.id },
      { __typename: 'EmailAddress', id: email.id },
      { __typename: 'OnlineAccount', id: account.id },
      { __typename: 'BankAccount', id: bank.id },
      { __typename: 'Item', id: item.id },
      ...['Phone', 'Vehicle', 'EmailAddress', 'OnlineAccount', 'BankAccount', 'Item'].map((t) => ({ __typename: t, id: 'no-such-id' })),
      { __typename: 'Phone', id: hidden.id },
    ];
    const response = await postGraphQL(testEnv().subgraphUrls.entities, POLE_ENTITIES, { representations }, { token: await tokenFor('detective.gmp') });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities).toEqual(
      [
        { __typename: 'Phone', ...phone, handsets: undefined },
        { __typename: 'Vehicle', id: vehicle.id, vrm: vehicle.vrm },
        { __typename: 'EmailAddress', ...email },
        { __typename: 'OnlineAccount', ...account },
        { __typename: 'BankAccount', ...bank },
        { __typename: 'Item', ...item },
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ].map((e) => (e === null ? null : JSON.parse(JSON.stringify(e)))),
    );
  });
});
