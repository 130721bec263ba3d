import { uniqueSuffix, uniqueVrm } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';
import { closeDriver } from './support/neo4j.js';
import { freshMobile, gql } from './support/pole.js';

// Pivots: from an object to the people the cases tie to it, through visible cases only; and a case's
// people from every path that reaches a case.

afterAll(closeDriver);

const HOLDERS = '{ relation role person { id } case { id people { role person { id } } } }';

/** Records an object in GMP's case and returns its id: a shared object's payload holds it beside its hits; an item is the answer itself. */
const record = async (kind: string, input: Record<string, unknown>): Promise<string> => {
  const field = kind.charAt(0).toLowerCase() + kind.slice(1);
  const selection = kind === 'Item' ? '{ id }' : `{ ${field} { id } }`;
  const answer = (await gql('detective.gmp', `mutation ($i: Record${kind}Input!) { record${kind}(input: $i) ${selection} }`, { i: input }))[`record${kind}`];
  return kind === 'Item' ? answer.id : answer[field].id;
};

let gmp: { id: string; reference: string };
let met: { id: string; reference: string };
let suspect: string;
let handler: string;
let number: string;
let vrm: string;
let ids: Record<string, string>;

beforeAll(async () => {
  [gmp, met] = [await openCase('detective.gmp'), await openCase('detective.met')];
  suspect = await addPerson('detective.gmp', gmp.id, { role: 'SUSPECT' });
  handler = await addPerson('detective.met', met.id, { role: 'SUSPECT' });
  [number, vrm] = [freshMobile(), uniqueVrm()];
  const target = { caseId: gmp.id, personId: suspect };
  const suffix = uniqueSuffix();
  ids = {
    phone: await record('Phone', { ...target, number }),
    vehicle: await record('Vehicle', { ...target, vrm, colour: 'Blue' }),
    email: await record('EmailAddress', { ...target, address: `pivot.${suffix}@example.com` }),
    online: await record('OnlineAccount', { ...target, platform: 'instagram', handle: `pivot_${suffix}` }),
    bank: await record('BankAccount', { ...target, sortCode: '20-00-00', accountNumber: String(10_000_000 + Math.floor(Math.random() * 8e7)) }),
    item: await record('Item', { ...target, kind: 'CASH', description: 'Bundle of notes' }),
  };
  // The Met records the same phone against its own suspect, in a case GMP may not see.
  await gql('detective.met', `mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { phone { id } } }`, {
    i: { caseId: met.id, personId: handler, number },
  });
});

describe('pivots from an object to its people', () => {
  it('names each kind’s people with what they are to it, their role and the case', async () => {
    const data = await gql(
      'detective.gmp',
      `query ($id: ID!) { person(id: $id) {
        phones { people ${HOLDERS} } vehicles { people ${HOLDERS} } emailAddresses { people ${HOLDERS} }
        onlineAccounts { people ${HOLDERS} } bankAccounts { people ${HOLDERS} } items { people ${HOLDERS} }
      } }`,
      { id: suspect },
    );
    const expected = (relation: string) => [
      { relation, role: 'SUSPECT', person: { id: suspect }, case: { id: gmp.id, people: [{ role: 'SUSPECT', person: { id: suspect } }] } },
    ];
    const person = data.person;
    expect(person.phones[0].people).toEqual(expected('HOLDER'));
    expect(person.vehicles[0].people).toEqual(expected('KEEPER'));
    expect(person.emailAddresses[0].people).toEqual(expected('USER'));
    expect(person.onlineAccounts[0].people).toEqual(expected('USER'));
    expect(person.bankAccounts[0].people).toEqual(expected('ACCOUNT_HOLDER'));
    expect(person.items[0].people).toEqual(expected('POSSESSOR'));
  });

  it('shows a holder only through a case the reader may see', async () => {
    const holders = async (user: string) =>
      (await gql(user, `query ($id: ID!) { phone(id: $id) { people { person { id } case { id } } } }`, { id: ids['phone'] })).phone.people;
    expect(await holders('detective.gmp')).toEqual([{ person: { id: suspect }, case: { id: gmp.id } }]);
    expect(await holders('detective.met')).toEqual([{ person: { id: handler }, case: { id: met.id } }]);
    expect(await holders('analyst.nca')).toEqual([
      { person: { id: suspect }, case: { id: gmp.id } },
      { person: { id: handler }, case: { id: met.id } },
    ]);
    expect((await gql('detective.wmp', `query ($id: ID!) { phone(id: $id) { people { person { id } } } }`, { id: ids['phone'] })).phone).toBeNull();
  });
});

describe('a case’s people from every path that reaches a case', () => {
  const people = '{ people { role person { id } } }';
  const ours = () => [{ role: 'SUSPECT', person: { id: suspect } }];

  it('from a phone’s cases', async () => {
    const data = await gql('detective.gmp', `query ($id: ID!) { phone(id: $id) { cases { edges { node ${people} } } } }`, { id: ids['phone'] });
    expect(data.phone.cases.edges.map((e: any) => e.node.people)).toEqual([ours()]);
  });

  it('from a vehicle’s cases and its claims', async () => {
    const data = await gql('detective.gmp', `query ($id: ID!) { vehicle(id: $id) { cases { edges { node ${people} } } claims { case ${people} } } }`, {
      id: ids['vehicle'],
    });
    expect(data.vehicle.cases.edges.map((e: any) => e.node.people)).toEqual([ours()]);
    expect(data.vehicle.claims.map((c: any) => c.case.people)).toEqual([ours()]);
  });

  it('from a person’s cases', async () => {
    const data = await gql('detective.gmp', `query ($id: ID!) { person(id: $id) { cases { case ${people} } } }`, { id: suspect });
    expect(data.person.cases.map((c: any) => c.case.people)).toEqual([ours()]);
  });

  it('from a subject check', async () => {
    const data = await gql('detective.gmp', `mutation ($i: SubjectCheckInput!) { checkSubject(input: $i) { cases ${people} } }`, {
      i: { kind: 'VEHICLE', value: vrm, reason: 'Pivot regression' },
    });
    expect(data.checkSubject.cases.map((c: any) => c.people)).toEqual([ours()]);
  });

  it('from a case read directly', async () => {
    const data = await gql('detective.gmp', `query ($r: String!) { case(reference: $r) ${people} }`, { r: gmp.reference });
    expect(data.case.people).toEqual(ours());
  });
});
