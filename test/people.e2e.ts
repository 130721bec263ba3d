import { postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';
import { closeDriver, count } from './support/neo4j.js';
import { LINK_PERSON } from './support/operations.js';
import { gql, SAFEGUARDING } from './support/pole.js';

afterAll(closeDriver);

const RECORD = /* GraphQL */ `
  mutation ($input: RecordPersonInput!) {
    recordPerson(input: $input) {
      person {
        id
        dateOfBirth
        dateOfBirthPrecision
        gender
        nationality
        identifiers {
          pncId
          niNumber
        }
        aliases {
          forenames
          surname
        }
        vulnerabilities
      }
    }
  }
`;

const NRM = /* GraphQL */ `
  mutation ($input: RecordNrmReferralInput!) {
    recordNrmReferral(input: $input) {
      id
      route
      consent
      reasonableGrounds {
        decision
        date
      }
      case {
        id
      }
    }
  }
`;

const year = new Date().getUTCFullYear();

describe('people: details, aliases and identifiers', () => {
  it('records partial dates of birth, normalised identifiers and aliases', async () => {
    const opened = await openCase('detective.gmp');
    const data = await gql('detective.gmp', RECORD, {
      input: {
        caseId: opened.id,
        role: 'SUSPECT',
        forenames: 'Marek',
        surname: `Nowak${uniqueSuffix()}`,
        dateOfBirth: '1990-04',
        gender: 'MALE',
        nationality: 'pol',
        identifiers: { pncId: '08/56560Z', niNumber: 'ab 12 34 56 c' },
        aliases: [{ forenames: 'Mark', surname: 'New' }],
      },
    });
    expect(data.recordPerson.person).toMatchObject({
      dateOfBirth: '1990-04',
      dateOfBirthPrecision: 'MONTH',
      gender: 'MALE',
      nationality: 'POL',
      identifiers: { pncId: '2008/0056560Z', niNumber: 'AB123456C' },
      aliases: [{ forenames: 'Mark', surname: 'New' }],
    });
    const id = data.recordPerson.person.id;
    await gql('detective.gmp', `mutation ($i: RecordAliasInput!) { recordAlias(input: $i) { id } }`, { i: { personId: id, forenames: 'Marco', surname: 'N' } });
    const after = await gql('detective.gmp', `query ($id: ID!) { person(id: $id) { forenames aliases { forenames } } }`, { id });
    expect(after.person).toEqual({ forenames: 'Marek', aliases: [{ forenames: 'Mark' }, { forenames: 'Marco' }] });
  });

  it('refuses an invalid NI number naming the field, and writes nothing', async () => {
    const opened = await openCase('detective.gmp');
    const surname = `Nino${uniqueSuffix()}`;
    const response = await postGraphQL(
      testEnv().gatewayUrl,
      RECORD,
      {
        input: { caseId: opened.id, role: 'SUSPECT', forenames: 'N', surname, identifiers: { niNumber: 'GB123456A' } },
      },
      { token: await tokenFor('detective.gmp') },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.identifiers.niNumber' });
    expect(await count('MATCH (p:Person {surname: $surname})', { surname })).toBe(0);
  });
});

describe('victims and safeguarding', () => {
  it('flags a child, and a possible child from a partial date, in the case’s people list', async () => {
    const opened = await openCase('detective.gmp');
    const child = await addPerson('detective.gmp', opened.id, { role: 'VICTIM', dateOfBirth: `${year - 14}-06-01` });
    const borderline = await addPerson('detective.gmp', opened.id, { role: 'VICTIM', dateOfBirth: `${year - 18}` });
    const adult = await addPerson('detective.gmp', opened.id, { role: 'WITNESS', dateOfBirth: '1970-01-01' });
    const data = await gql('detective.gmp', SAFEGUARDING, { reference: opened.reference });
    const people = new Map(data.case.people.map((p: any) => [p.person.id, p]));
    expect(people.get(child)).toMatchObject({ childWhenRecorded: 'CHILD', person: { child: 'CHILD', safeguarding: { flagged: true, reasons: ['CHILD'] } } });
    expect(people.get(borderline)).toMatchObject({
      person: { dateOfBirthPrecision: 'YEAR', safeguarding: { reasons: expect.arrayContaining(['POSSIBLE_CHILD']) } },
    });
    expect(people.get(adult)).toMatchObject({ childWhenRecorded: 'ADULT', person: { child: 'ADULT', safeguarding: { flagged: false, reasons: [] } } });
  });

  it('shows an NRM referral’s safeguarding flag in another force’s case, but not the referral', async () => {
    const [gmp, met] = [await openCase('detective.gmp'), await openCase('detective.met')];
    const victim = await addPerson('detective.gmp', gmp.id, { role: 'VICTIM', dateOfBirth: '1992-03-03' });
    const referred = await gql('detective.gmp', NRM, {
      input: {
        personId: victim,
        caseId: gmp.id,
        referralDate: `${year}-01-05`,
        firstResponder: 'Greater Manchester Police',
        consent: 'CONSENTED',
        reasonableGrounds: { decision: 'POSITIVE', date: `${year}-01-09` },
      },
    });
    expect(referred.recordNrmReferral).toMatchObject({ route: 'NRM', consent: 'CONSENTED', reasonableGrounds: { decision: 'POSITIVE' }, case: { id: gmp.id } });

    await gql('supervisor.nca', LINK_PERSON, { input: { personId: victim, caseId: met.id, role: 'VICTIM' } });
    const seenByMet = await gql('detective.met', SAFEGUARDING, { reference: met.reference });
    expect(seenByMet.case.people[0].person).toMatchObject({ id: victim, safeguarding: { flagged: true, reasons: ['NRM_VICTIM'] }, nrmReferrals: [] });
    const seenByGmp = await gql('detective.gmp', SAFEGUARDING, { reference: gmp.reference });
    expect(seenByGmp.case.people[0].person.nrmReferrals).toEqual([{ id: referred.recordNrmReferral.id, route: 'NRM' }]);
  });

  it('records an adult who declines as an MS1, and refuses an adult without a consent answer', async () => {
    const opened = await openCase('detective.gmp');
    const victim = await addPerson('detective.gmp', opened.id, { role: 'VICTIM', dateOfBirth: '1985' });
    const base = { personId: victim, caseId: opened.id, referralDate: `${year}-01-05`, firstResponder: 'GMP' };
    const response = await postGraphQL(testEnv().gatewayUrl, NRM, { input: base }, { token: await tokenFor('detective.gmp') });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.consent' });
    expect(await count('MATCH (:Person {id: $victim})-[:NRM_REFERRAL]->()', { victim })).toBe(0);
    const ms1 = await gql('detective.gmp', NRM, { input: { ...base, consent: 'DECLINED' } });
    expect(ms1.recordNrmReferral).toMatchObject({ route: 'MS1', consent: 'DECLINED' });
  });
});

describe('person-to-person links', () => {
  it('links two people in a case and lists the link from both sides', async () => {
    const opened = await openCase('detective.gmp');
    const [mother, son] = [await addPerson('detective.gmp', opened.id), await addPerson('detective.gmp', opened.id, { role: 'VICTIM' })];
    await gql('detective.gmp', `mutation ($i: LinkPeopleInput!) { linkPeople(input: $i) { kind } }`, {
      i: { fromId: mother, toId: son, kind: 'FAMILY_REL', familyRelation: 'PARENT', caseId: opened.id },
    });
    await gql('detective.gmp', `mutation ($i: LinkPeopleInput!) { linkPeople(input: $i) { kind } }`, {
      i: { fromId: son, toId: mother, kind: 'LIVES_WITH', caseId: opened.id },
    });
    const links = async (id: string, user = 'detective.gmp') =>
      (await gql(user, `query ($id: ID!) { person(id: $id) { links { edges { node { kind familyRelation direction person { id } case { id } } } } } }`, { id }))
        .person;
    const fromSon = (await links(son)).links.edges.map((e: any) => e.node);
    expect(fromSon).toEqual(
      expect.arrayContaining([
        { kind: 'FAMILY_REL', familyRelation: 'PARENT', direction: 'INCOMING', person: { id: mother }, case: { id: opened.id } },
        { kind: 'LIVES_WITH', familyRelation: null, direction: 'OUTGOING', person: { id: mother }, case: { id: opened.id } },
      ]),
    );
    expect(fromSon).toHaveLength(2);
    expect(await links(son, 'detective.met')).toBeNull();
  });

  it('pages each person’s links on its own, several people in one request', async () => {
    const opened = await openCase('detective.gmp');
    const [hub, other, ...spokes] = await Promise.all([0, 1, 2, 3, 4].map(() => addPerson('detective.gmp', opened.id)));
    const link = (fromId: string, toId: string) =>
      gql('detective.gmp', `mutation ($i: LinkPeopleInput!) { linkPeople(input: $i) { kind } }`, { i: { fromId, toId, kind: 'KNOWS', caseId: opened.id } });
    for (const spoke of spokes) await link(hub as string, spoke as string);
    await link(other as string, hub as string);
    // The case's people, each with a first page of two links: the hub has four, the other one.
    const PAGE = `query ($reference: String!, $after: String) { case(reference: $reference) { people { person { id links(first: 2, after: $after) {
      edges { node { person { id } } } pageInfo { hasNextPage endCursor } } } } } }`;
    const people = (await gql('detective.gmp', PAGE, { reference: opened.reference })).case.people.map((p: any) => p.person);
    const pageOf = (id: string) => people.find((p: any) => p.id === id).links;
    expect(pageOf(hub as string).edges).toHaveLength(2);
    expect(pageOf(hub as string).pageInfo.hasNextPage).toBe(true);
    expect(pageOf(other as string).edges.map((e: any) => e.node.person.id)).toEqual([hub]);
    expect(pageOf(other as string).pageInfo.hasNextPage).toBe(false);
    // The rest of the hub's links, after its own cursor, and none seen twice.
    const seen = pageOf(hub as string).edges.map((e: any) => e.node.person.id);
    let after = pageOf(hub as string).pageInfo.endCursor;
    while (after !== null) {
      const next = (
        await gql(
          'detective.gmp',
          `query ($id: ID!, $after: String) { person(id: $id) { links(first: 2, after: $after) {
        edges { node { person { id } } } pageInfo { hasNextPage endCursor } } } }`,
          { id: hub, after },
        )
      ).person.links;
      seen.push(...next.edges.map((e: any) => e.node.person.id));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect([...seen].sort()).toEqual([other, ...spokes].sort());
  });

  it('refuses a link in a case that does not record both people, naming the one missing', async () => {
    const opened = await openCase('detective.gmp');
    const elsewhere = await openCase('detective.gmp');
    const [inCase, outside, alsoOutside] = [
      await addPerson('detective.gmp', opened.id),
      await addPerson('detective.gmp', elsewhere.id),
      await addPerson('detective.gmp', elsewhere.id),
    ];
    const LINK = 'mutation ($i: LinkPeopleInput!) { linkPeople(input: $i) { kind } }';
    const token = await tokenFor('detective.gmp');
    const neither = await postGraphQL(testEnv().gatewayUrl, LINK, { i: { fromId: outside, toId: alsoOutside, kind: 'KNOWS', caseId: opened.id } }, { token });
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.fromId' });
    const one = await postGraphQL(testEnv().gatewayUrl, LINK, { i: { fromId: inCase, toId: outside, kind: 'KNOWS', caseId: opened.id } }, { token });
    expect(one.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.toId' });
    expect(await count('MATCH (:Person {id: $a})-[:KNOWS]-(:Person)', { a: outside })).toBe(0);
    expect(await count('MATCH (:Person {id: $a})-[:KNOWS]-(:Person)', { a: inCase })).toBe(0);
  });
});
