import { postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';
import { auditEventsOf, closeDriver, count } from './support/neo4j.js';
import { freshMobile, gql } from './support/pole.js';

// A create that is retried with the same idempotency key — because its answer was lost, or came as
// an error after the change had committed — returns what the first attempt made instead of making
// it again; the same key with a different request is refused, and nothing is written.

afterAll(closeDriver);

const env = testEnv();
const year = new Date().getUTCFullYear();
const RECORD = 'mutation ($i: RecordPersonInput!) { recordPerson(input: $i) { role person { id surname } } }';

async function post(user: string, text: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  return postGraphQL(env.gatewayUrl, text, variables, { token: await tokenFor(user), headers });
}

describe('idempotency keys on entity creates', () => {
  it('records a person once however often the same request is retried, and audits only the first as a collection', async () => {
    const opened = await openCase('detective.gmp');
    const surname = `Retried${uniqueSuffix()}`;
    const input = { caseId: opened.id, role: 'SUSPECT', forenames: 'Ray', surname, idempotencyKey: randomUUID() };
    const first = await gql('detective.gmp', RECORD, { i: input });
    const requestId = `idempotent-retry-${uniqueSuffix()}`;
    const again = await post('detective.gmp', RECORD, { i: input }, { 'x-request-id': requestId });
    expect(again.errors).toBeUndefined();
    expect(again.data.recordPerson).toEqual(first.recordPerson);
    expect(await count('MATCH (p:Person {surname: $surname})', { surname })).toBe(1);
    expect((await auditEventsOf(requestId)).map((e) => e.operation)).not.toContain('COLLECTION');
  });

  it('refuses the same key with a different request, writing nothing', async () => {
    const opened = await openCase('detective.gmp');
    const key = randomUUID();
    const surname = `Keyed${uniqueSuffix()}`;
    await gql('detective.gmp', RECORD, { i: { caseId: opened.id, role: 'SUSPECT', forenames: 'Kay', surname, idempotencyKey: key } });
    const other = `${surname}x`;
    const refused = await post('detective.gmp', RECORD, { i: { caseId: opened.id, role: 'SUSPECT', forenames: 'Kay', surname: other, idempotencyKey: key } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'input.idempotencyKey' });
    expect(refused.errors?.[0]?.message).toBe('This idempotency key was used for a different request');
    expect(await count('MATCH (p:Person {surname: $other})', { other })).toBe(0);
    const elsewhere = await post('detective.gmp', 'mutation ($i: RecordItemInput!) { recordItem(input: $i) { id } }', {
      i: { caseId: opened.id, kind: 'CASH', description: 'Under the floor', idempotencyKey: key },
    });
    expect(elsewhere.errors?.[0]?.extensions?.['code']).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('keeps one user’s key apart from another’s', async () => {
    const key = randomUUID();
    const [gmp, met] = [await openCase('detective.gmp'), await openCase('detective.met')];
    const a = await gql('detective.gmp', RECORD, {
      i: { caseId: gmp.id, role: 'SUSPECT', forenames: 'A', surname: `Apart${uniqueSuffix()}`, idempotencyKey: key },
    });
    const b = await gql('detective.met', RECORD, {
      i: { caseId: met.id, role: 'SUSPECT', forenames: 'B', surname: `Apart${uniqueSuffix()}`, idempotencyKey: key },
    });
    expect(b.recordPerson.person.id).not.toBe(a.recordPerson.person.id);
  });

  it('makes one item, one alias and one referral of retried requests, and returns the same shared object', async () => {
    const opened = await openCase('detective.gmp');
    const person = await addPerson('detective.gmp', opened.id, { role: 'VICTIM', dateOfBirth: '1990-02-02' });
    const twice = async (text: string, input: Record<string, unknown>) => {
      const i = { ...input, idempotencyKey: randomUUID() };
      const [first, second] = [await gql('detective.gmp', text, { i }), await gql('detective.gmp', text, { i })];
      expect(second).toEqual(first);
      return first;
    };
    const description = `Retried item ${uniqueSuffix()}`;
    await twice('mutation ($i: RecordItemInput!) { recordItem(input: $i) { id description } }', { caseId: opened.id, kind: 'CASH', description });
    expect(await count('MATCH (i:Item {description: $description})', { description })).toBe(1);
    await twice('mutation ($i: RecordAliasInput!) { recordAlias(input: $i) { id aliases { forenames } } }', {
      personId: person,
      forenames: 'Once',
      surname: 'Only',
    });
    expect(await count('MATCH (:Person {id: $person})-[:ALSO_KNOWN_AS]->(:Alias)', { person })).toBe(1);
    await twice('mutation ($i: RecordNrmReferralInput!) { recordNrmReferral(input: $i) { id route } }', {
      personId: person,
      caseId: opened.id,
      referralDate: `${year}-01-05`,
      firstResponder: 'Greater Manchester Police',
      consent: 'CONSENTED',
    });
    expect(await count('MATCH (:Person {id: $person})-[:NRM_REFERRAL]->(:NrmReferral)', { person })).toBe(1);
    const phone = await twice('mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { phone { id number } } }', {
      caseId: opened.id,
      personId: person,
      number: freshMobile(),
    });
    expect(phone.recordPhone.phone.id).toBeTruthy();
  });

  it('refuses a key that is empty or too long', async () => {
    const opened = await openCase('detective.gmp');
    const refused = await post('detective.gmp', RECORD, {
      i: { caseId: opened.id, role: 'SUSPECT', forenames: 'K', surname: 'Long', idempotencyKey: 'k'.repeat(201) },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.idempotencyKey' });
  });
});
