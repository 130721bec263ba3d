import { postGraphQL, query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { openCase } from './support/fixtures.js';

// Hits on entry for people: recording someone another case holds — by an identifier, or by name and
// a date of birth that agrees — answers where else they are known, discloses nothing of a hidden
// case, and alerts its officer in charge; checkSubject asks the same by name and date of birth.

const purpose = { 'x-crosslink-purpose': 'Person hits test' };
const as = async (user: string, text: string, variables: Record<string, unknown> = {}) =>
  query(testEnv().gatewayUrl, await tokenFor(user), text, variables, purpose);

const RECORD = `mutation ($i: RecordPersonInput!) { recordPerson(input: $i) { role person { id } hits { id force { code } officerInCharge case { id } } } }`;
const record = async (user: string, caseId: string, person: Record<string, unknown>) =>
  (await as(user, RECORD, { i: { caseId, role: 'SUSPECT', ...person } })).recordPerson;
const alertsOf = async (user: string) =>
  (await as(user, `{ alerts(first: 100) { edges { node { kind by subject { kind value } case { id } } } } }`)).alerts.edges.map((e: any) => e.node);
const uniqueNi = () => `JK${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}C`;

describe('hits on entry for people', () => {
  it('finds a person by name and an agreeing date of birth, saying only “known to MPS”, and alerts its officer', async () => {
    const surname = `Dumitru${uniqueSuffix()}`;
    const metCase = await openCase('detective.met');
    await record('detective.met', metCase.id, { forenames: 'Florin', surname, dateOfBirth: '1986-10-02' });
    const gmpCase = await openCase('detective.gmp');

    // Case and spacing aside the name is the same; a year agrees with the full date.
    const recorded = await record('detective.gmp', gmpCase.id, { forenames: ' florin ', surname: surname.toUpperCase(), dateOfBirth: '1986' });
    expect(recorded.role).toBe('SUSPECT');
    expect(recorded.hits).toEqual([{ id: expect.any(String), force: { code: 'MPS' }, officerInCharge: 'detective.met', case: null }]);
    expect(await alertsOf('detective.met')).toContainEqual({
      kind: 'HIT_ON_ENTRY',
      by: 'detective.gmp',
      subject: { kind: 'PERSON', value: `florin ${surname.toUpperCase()}, born 1986` },
      case: { id: metCase.id },
    });

    // A date of birth that disagrees is someone else.
    expect((await record('detective.gmp', gmpCase.id, { forenames: 'Florin', surname, dateOfBirth: '1987-10-02' })).hits).toEqual([]);
  });

  it('finds a person by an identifier whatever their name, and names a case the recorder may see', async () => {
    const ni = uniqueNi();
    const metCase = await openCase('detective.met');
    await record('detective.met', metCase.id, { forenames: 'Ion', surname: `Popa${uniqueSuffix()}`, identifiers: { niNumber: ni } });
    const wmpCase = await openCase('detective.wmp');
    const [hit] = (
      await record('detective.wmp', wmpCase.id, { forenames: 'John', surname: `Pope${uniqueSuffix()}`, identifiers: { niNumber: ni.toLowerCase() } })
    ).hits;
    expect(hit).toMatchObject({ force: { code: 'MPS' }, case: null });
    expect((await alertsOf('detective.met')).find((a: any) => a.case?.id === metCase.id && a.by === 'detective.wmp')).toMatchObject({
      subject: { kind: 'NI_NUMBER', value: ni },
    });

    // The Met's detective records the same person again in another case of theirs: the first is named.
    const second = await openCase('detective.met');
    const again = await record('detective.met', second.id, { forenames: 'Ion', surname: 'Other', identifiers: { niNumber: ni } });
    expect(again.hits).toContainEqual({ id: null, force: { code: 'MPS' }, officerInCharge: 'detective.met', case: { id: metCase.id } });
  });

  it('checks a person by name and date of birth without recording them', async () => {
    const surname = `Marin${uniqueSuffix()}`;
    const metCase = await openCase('detective.met');
    await record('detective.met', metCase.id, { forenames: 'Elena', surname, dateOfBirth: '2001-03-14' });
    const CHECK = `mutation ($i: SubjectCheckInput!) { checkSubject(input: $i) { kind value cases { id } knownElsewhere { hitId force { code } officerInCharge } } }`;
    const checked = (
      await as('detective.gmp', CHECK, { i: { kind: 'PERSON', person: { forenames: 'Elena', surname, dateOfBirth: '2001-03' }, reason: 'Named by a witness' } })
    ).checkSubject;
    expect(checked).toEqual({
      kind: 'PERSON',
      value: `Elena ${surname}, born 2001-03`,
      cases: [],
      knownElsewhere: [{ hitId: expect.any(String), force: { code: 'MPS' }, officerInCharge: 'detective.met' }],
    });
    expect(await alertsOf('detective.met')).toContainEqual({
      kind: 'SUBJECT_CHECKED',
      by: 'detective.gmp',
      subject: { kind: 'PERSON', value: `Elena ${surname}, born 2001-03` },
      case: { id: metCase.id },
    });

    const refused = await postGraphQL(
      testEnv().gatewayUrl,
      CHECK,
      { i: { kind: 'PERSON', reason: 'No person given' } },
      {
        token: await tokenFor('detective.gmp'),
        headers: purpose,
      },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.person' });
  });
});
