import { postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';
import { auditEventsOf, closeDriver, count } from './support/neo4j.js';
import { LINK_PERSON, RECORD_PERSON } from './support/operations.js';
import { gql } from './support/pole.js';

// The owning-force rule for people and NRM referrals (docs/access.md): seeing another force's
// person or case, even with a purpose, is not the right to change it. A person's details are
// changed by a force that has them in one of its own cases (or the hub's supervisors), a case's
// people and referrals by the case's own force (or the hub's supervisors); every change keeps what
// it replaced in the record's history.

afterAll(closeDriver);

const env = testEnv();
const PURPOSE = { 'x-crosslink-purpose': 'Joint investigation with the Met' };
const year = new Date().getUTCFullYear();

const UPDATE = 'mutation ($i: UpdatePersonInput!) { updatePerson(input: $i) { id dateOfBirth identifiers { niNumber } } }';
const ALIAS = 'mutation ($i: RecordAliasInput!) { recordAlias(input: $i) { id } }';
const HISTORY = `query ($id: ID!, $first: Int, $after: String) {
  person(id: $id) { history(first: $first, after: $after) { edges { node { field from to by reason } } pageInfo { hasNextPage endCursor } } }
}`;
const NRM = 'mutation ($i: RecordNrmReferralInput!) { recordNrmReferral(input: $i) { id } }';
const DECIDE = 'mutation ($i: RecordNrmDecisionInput!) { recordNrmDecision(input: $i) { id reasonableGrounds { decision date } } }';
const CHANGE =
  'mutation ($i: ChangeNrmDecisionInput!) { changeNrmDecision(input: $i) { id reasonableGrounds { decision date } conclusiveGrounds { decision } history { edges { node { field from to by reason } } } } }';

/** Posts as `user` with a purpose; returns the whole response, errors included. */
async function post(user: string, text: string, variables: Record<string, unknown>, headers: Record<string, string> = PURPOSE) {
  return postGraphQL(env.gatewayUrl, text, variables, { token: await tokenFor(user), headers });
}

let met: { id: string; reference: string };
let metPerson: string;
let metVictim: string;
let referral: string;

beforeAll(async () => {
  // An MPS case, shared by the hub with GMP: GMP sees it and its people, but they are MPS's only.
  met = await openCase('detective.met', `Ownership ${uniqueSuffix()}`);
  const recorded = await gql('detective.met', RECORD_PERSON, {
    input: {
      caseId: met.id,
      role: 'SUSPECT',
      forenames: 'Owen',
      surname: `Owned${uniqueSuffix()}`,
      dateOfBirth: '1988-05-04',
      identifiers: { niNumber: 'AB123456C' },
    },
  });
  metPerson = recorded.recordPerson.person.id;
  metVictim = await addPerson('detective.met', met.id, { role: 'VICTIM', dateOfBirth: '1990-01-01' });
  referral = (
    await gql('detective.met', NRM, {
      i: { personId: metVictim, caseId: met.id, referralDate: `${year}-01-05`, firstResponder: 'Metropolitan Police Service', consent: 'CONSENTED' },
    })
  ).recordNrmReferral.id;
  await gql('supervisor.nca', 'mutation ($i: ShareCaseInput!) { shareCase(input: $i) { id } }', {
    i: { caseId: met.id, force: 'GMP', reason: 'Joint investigation' },
  });
}, 180_000);

describe('another force’s person', () => {
  it('may not have their details changed or erased by a force that only sees them, even with a purpose', async () => {
    const requestId = `ownership-update-${uniqueSuffix()}`;
    const refused = await post(
      'detective.gmp',
      UPDATE,
      { i: { personId: metPerson, dateOfBirth: null, identifiers: { niNumber: null } } },
      { ...PURPOSE, 'x-request-id': requestId },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.personId' });
    expect(refused.data?.updatePerson ?? null).toBeNull();
    expect(await count('MATCH (p:Person {id: $id}) WHERE p.dateOfBirth = "1988-05-04" AND p.niNumber = "AB123456C"', { id: metPerson })).toBe(1);
    expect(await auditEventsOf(requestId)).toEqual([]);
  });

  it('may not be given an alias by that force', async () => {
    const refused = await post('detective.gmp', ALIAS, { i: { personId: metPerson, forenames: 'Not', surname: 'Mine' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.personId' });
    expect(await count('MATCH (:Person {id: $id})-[:ALSO_KNOWN_AS]->(:Alias)', { id: metPerson })).toBe(0);
  });

  it('is changed by the force that has them in its own case, keeping every earlier value in the history', async () => {
    await gql('detective.met', UPDATE, { i: { personId: metPerson, dateOfBirth: '1988-05', reason: 'Custody record gives only the month' } });
    await gql('detective.met', UPDATE, { i: { personId: metPerson, identifiers: { niNumber: 'CE 12 34 56 A' } } });
    await gql('detective.met', ALIAS, { i: { personId: metPerson, forenames: 'O', surname: 'Owl' } });
    const first = (await gql('detective.met', HISTORY, { id: metPerson, first: 2 })).person.history;
    expect(first.edges.map((e: any) => e.node)).toEqual([
      { field: 'dateOfBirth', from: '1988-05-04', to: '1988-05', by: 'detective.met', reason: 'Custody record gives only the month' },
      { field: 'dateOfBirthPrecision', from: 'DAY', to: 'MONTH', by: 'detective.met', reason: 'Custody record gives only the month' },
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await gql('detective.met', HISTORY, { id: metPerson, first: 10, after: first.pageInfo.endCursor })).person.history;
    expect(rest.edges.map((e: any) => e.node)).toEqual([
      { field: 'niNumber', from: 'AB123456C', to: 'CE123456A', by: 'detective.met', reason: null },
      { field: 'alias', from: null, to: 'O Owl', by: 'detective.met', reason: null },
    ]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('may be changed by a hub supervisor, with a purpose', async () => {
    const changed = await gql('supervisor.nca', UPDATE, { i: { personId: metPerson, identifiers: { niNumber: 'AB123456C' } } });
    expect(changed.updatePerson.identifiers.niNumber).toBe('AB123456C');
  });
});

describe('another force’s case', () => {
  it('may not have a person recorded in it, or a known person put in it, by a force it was shared with', async () => {
    const surname = `Planted${uniqueSuffix()}`;
    const recorded = await post('detective.gmp', RECORD_PERSON, { input: { caseId: met.id, role: 'SUSPECT', forenames: 'Not', surname } });
    expect(recorded.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.caseId' });
    expect(await count('MATCH (p:Person {surname: $surname})', { surname })).toBe(0);

    const gmp = await openCase('detective.gmp');
    const own = await addPerson('detective.gmp', gmp.id);
    const linked = await post('detective.gmp', LINK_PERSON, { input: { personId: own, caseId: met.id, role: 'SUSPECT' } });
    expect(linked.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.caseId' });
    expect(await count('MATCH (:Person {id: $own})-[:INVOLVED_IN]->(:Case {id: $met})', { own, met: met.id })).toBe(0);
  });

  it('may not have its objects recorded by a force it was shared with', async () => {
    const recorded = await post('detective.gmp', 'mutation ($i: RecordItemInput!) { recordItem(input: $i) { id } }', {
      i: { caseId: met.id, kind: 'CASH', description: `Planted ${uniqueSuffix()}` },
    });
    expect(recorded.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.caseId' });
  });

  it('keeps its NRM decisions to its own force: another records none, and the owner corrects one with a reason, keeping the first', async () => {
    const decision = { referralId: referral, stage: 'REASONABLE_GROUNDS', decision: 'POSITIVE', date: `${year}-01-09` };
    const refused = await post('detective.gmp', DECIDE, { i: decision });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.referralId' });
    expect(await count('MATCH (n:NrmReferral {id: $referral}) WHERE n.rgDecision IS NULL', { referral })).toBe(1);

    await gql('detective.met', DECIDE, { i: decision });
    const foreign = await post('detective.gmp', CHANGE, {
      i: { referralId: referral, stage: 'REASONABLE_GROUNDS', decision: 'NEGATIVE', date: `${year}-01-10`, reason: 'Not ours to change' },
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.referralId' });

    const unexplained = await post('detective.met', CHANGE, {
      i: { referralId: referral, stage: 'REASONABLE_GROUNDS', decision: 'NEGATIVE', date: `${year}-01-10`, reason: '' },
    });
    expect(unexplained.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.reason' });

    const corrected = (
      await gql('detective.met', CHANGE, {
        i: { referralId: referral, stage: 'REASONABLE_GROUNDS', decision: 'NEGATIVE', date: `${year}-01-10`, reason: 'Entered against the wrong referral' },
      })
    ).changeNrmDecision;
    expect(corrected.reasonableGrounds).toEqual({ decision: 'NEGATIVE', date: `${year}-01-10` });
    const withdrawn = (
      await gql('detective.met', CHANGE, {
        i: { referralId: referral, stage: 'REASONABLE_GROUNDS', decision: null, date: null, reason: 'The competent authority withdrew the decision' },
      })
    ).changeNrmDecision;
    expect(withdrawn.reasonableGrounds).toBeNull();
    expect(withdrawn.history.edges.map((e: any) => e.node)).toEqual([
      { field: 'reasonableGrounds', from: null, to: `POSITIVE ${year}-01-09`, by: 'detective.met', reason: null },
      {
        field: 'reasonableGrounds',
        from: `POSITIVE ${year}-01-09`,
        to: `NEGATIVE ${year}-01-10`,
        by: 'detective.met',
        reason: 'Entered against the wrong referral',
      },
      { field: 'reasonableGrounds', from: `NEGATIVE ${year}-01-10`, to: null, by: 'detective.met', reason: 'The competent authority withdrew the decision' },
    ]);
  });

  it('refuses to change a decision that was never made, or one a later decision rests on', async () => {
    const victim = await addPerson('detective.met', met.id, { role: 'VICTIM', dateOfBirth: '1991-01-01' });
    const fresh = (
      await gql('detective.met', NRM, {
        i: {
          personId: victim,
          caseId: met.id,
          referralDate: `${year}-01-05`,
          firstResponder: 'Metropolitan Police Service',
          consent: 'CONSENTED',
          reasonableGrounds: { decision: 'POSITIVE', date: `${year}-01-09` },
          conclusiveGrounds: { decision: 'POSITIVE', date: `${year}-02-01` },
        },
      })
    ).recordNrmReferral.id;
    const base = { referralId: fresh, stage: 'REASONABLE_GROUNDS', reason: 'Correction' };
    const underneath = await post('detective.met', CHANGE, { i: { ...base, decision: 'NEGATIVE', date: `${year}-01-09` } });
    expect(underneath.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.stage' });
    const unmade = await post('detective.met', CHANGE, { i: { ...base, referralId: referral, decision: null, date: null } });
    expect(unmade.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', field: 'input.stage' });
  });
});
