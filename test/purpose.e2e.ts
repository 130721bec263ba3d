import { postGraphQL, query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAddress, addPerson, openCase } from './support/fixtures.js';
import { auditEventsOf, closeDriver } from './support/neo4j.js';
import { LINK_PERSON } from './support/operations.js';

// The purpose rule beyond cases: a person, object, location, intelligence item or search hit seen
// only through another force's case needs a purpose, in reads and in writes; a mutation's answer
// shows no more than a read would; an export always needs one and is audited as a disclosure.

const env = testEnv();
const driver = neo4j.driver(env.neo4jUri, neo4j.auth.basic('neo4j', env.neo4jPassword));
const PURPOSE = { 'x-crosslink-purpose': 'Joint investigation review' };
const suffix = uniqueSuffix();
const surname = `Purposeful${suffix.replace(/\W/g, '')}`;

let gmp: { id: string; reference: string };
let person: string;
let phone: string;
let location: string;
let item: string;

const as = async (user: string, text: string, variables: Record<string, unknown>, headers: Record<string, string> = PURPOSE) =>
  query(env.gatewayUrl, await tokenFor(user), text, variables, headers);

beforeAll(async () => {
  // A GMP case shared with MPS, holding a suspect with an address, a phone and an intelligence item.
  gmp = await openCase('detective.gmp', `Purpose rule ${suffix}`);
  person = await addPerson('detective.gmp', gmp.id, { surname });
  location = await addAddress('detective.gmp', gmp.id, person, `${suffix} Purpose Street`, 'M1 1AE');
  phone = (
    await as('detective.gmp', 'mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { phone { id } } }', {
      i: { caseId: gmp.id, personId: person, number: `07700 900${String(Math.floor(Math.random() * 400) + 500).padStart(3, '0')}` },
    })
  ).recordPhone.phone.id;
  item = (
    await as('detective.gmp', 'mutation ($i: RecordIntelligenceInput!) { recordIntelligence(input: $i) { id } }', {
      i: { subjectKind: 'PERSON', subjectId: person, text: 'Runs the line', grading: { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P' } },
    })
  ).recordIntelligence.id;
  await as('supervisor.gmp', 'mutation ($i: ShareCaseInput!) { shareCase(input: $i) { id } }', {
    i: { caseId: gmp.id, force: 'MPS', reason: 'Joint investigation' },
  });
}, 60_000);

afterAll(() => driver.close());
afterAll(closeDriver);

/** What a request left in the trail, but the `action` the checks here do not look at. */
async function eventsOf(requestId: string) {
  return (await auditEventsOf(requestId)).map(({ action: _action, ...event }) => event);
}

const reads = {
  person: ['query ($id: ID!) { person(id: $id) { id surname } }', () => ({ id: person })],
  phone: ['query ($id: ID!) { phone(id: $id) { id number } }', () => ({ id: phone })],
  location: ['query ($id: ID!) { location(id: $id) { id line1 } }', () => ({ id: location })],
  intelligenceItem: ['query ($id: ID!) { intelligenceItem(id: $id) { id text } }', () => ({ id: item })],
} as const;

const SEARCH = 'query ($text: String!) { search(text: $text) { node { ... on Person { id } } } }';

describe('the purpose rule', () => {
  it.each(Object.keys(reads) as (keyof typeof reads)[])(
    'refuses %s seen only through another force’s shared case without a purpose, and answers with one',
    async (name) => {
      const [text, variables] = reads[name];
      const token = await tokenFor('detective.met');
      const requestId = `purpose-${name}-${uniqueSuffix()}`;
      const without = await postGraphQL(env.gatewayUrl, text, variables(), { token, headers: { 'x-request-id': requestId } });
      expect(without.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
      // The refusal names the record asked for, and nothing of it.
      expect(without.errors?.[0]?.extensions?.['record']).toMatch(new RegExp(`^[A-Za-z]+:(${person}|${phone}|${location}|${item})$`));
      expect(JSON.stringify(without)).not.toContain(surname);
      expect(JSON.stringify(without.data ?? {})).not.toMatch(new RegExp(`${person}|${phone}|${location}|${item}`));
      expect(await eventsOf(requestId)).toEqual([]);

      const answered = await postGraphQL(env.gatewayUrl, text, variables(), { token, headers: PURPOSE });
      expect(answered.errors).toBeUndefined();
      expect(JSON.stringify(answered.data)).toMatch(new RegExp(`${person}|${phone}|${location}|${item}`));
    },
  );

  it('needs no purpose for the same records seen through one’s own force’s case', async () => {
    const token = await tokenFor('detective.gmp');
    for (const [text, variables] of [...Object.values(reads), [SEARCH, () => ({ text: surname })] as const]) {
      const answered = await postGraphQL(env.gatewayUrl, text, variables(), { token });
      expect(answered.errors, text).toBeUndefined();
      expect(answered.extensions?.['withheld'], text).toBeUndefined();
    }
  });

  it('answers a list without a purpose with the caller’s own force’s records, saying how many others it left out', async () => {
    const token = await tokenFor('detective.met');
    const own = await openCase('detective.met', `Met's own ${suffix}`);
    for (const [text, variables, has] of [
      ['{ cases(first: 100) { edges { node { id reference } } } }', {}, own.id],
      [SEARCH, { text: surname }, null],
    ] as const) {
      const requestId = `purpose-list-${uniqueSuffix()}`;
      const without = await postGraphQL(env.gatewayUrl, text, variables, { token, headers: { 'x-request-id': requestId } });
      expect(without.errors, text).toBeUndefined();
      expect(JSON.stringify(without.data)).not.toMatch(new RegExp(`${gmp.id}|${person}`));
      if (has !== null) expect(JSON.stringify(without.data)).toContain(has);
      expect(without.extensions?.['withheld'], text).toMatchObject({ count: expect.any(Number), code: 'PURPOSE_REQUIRED' });
      expect(without.extensions?.['withheld'].count).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(await eventsOf(requestId))).not.toMatch(new RegExp(`${gmp.id}|${person}`));

      const answered = await postGraphQL(env.gatewayUrl, text, variables, { token, headers: PURPOSE });
      expect(answered.errors).toBeUndefined();
      expect(JSON.stringify(answered.data)).toMatch(new RegExp(`${gmp.id}|${person}`));
      expect(answered.extensions?.['withheld']).toBeUndefined();
    }
  });

  it('audits reads that select no id: a case read for its __typename, search hits by kind and score, a person’s roles, officers and workloads, a case’s objects', async () => {
    const token = await tokenFor('detective.met');
    const supervisor = await tokenFor('supervisor.gmp');
    const reads: [string, string, Record<string, unknown>, RegExp][] = [
      [token, 'query ($r: String!) { case(reference: $r) { __typename } }', { r: gmp.reference }, new RegExp(`Case:${gmp.id}`)],
      [token, 'query ($text: String!) { search(text: $text) { kind score } }', { text: surname }, new RegExp(`Person:${person}`)],
      [token, 'query ($id: ID!) { person(id: $id) { cases { role since } } }', { id: person }, new RegExp(`Case:${gmp.id}`)],
      [supervisor, '{ officers(force: "GMP") { edges { node { team } } } }', {}, /Officer:detective\.gmp/],
      [supervisor, '{ workload(force: "GMP") { edges { node { openCases } } } }', {}, /Officer:/],
      [supervisor, '{ teamWorkload(force: "GMP") { officers } }', {}, /Team:GMP\//],
      // A case's objects are read as the objects themselves, whatever the edge selects.
      [token, 'query ($r: String!) { case(reference: $r) { objects { edges { recordedAt } } } }', { r: gmp.reference }, new RegExp(`Phone:${phone}`)],
    ];
    for (const [bearer, text, variables, record] of reads) {
      const requestId = `purpose-noid-${uniqueSuffix()}`;
      const answered = await postGraphQL(env.gatewayUrl, text, variables, { token: bearer, headers: { ...PURPOSE, 'x-request-id': requestId } });
      expect(answered.errors, text).toBeUndefined();
      const events = await eventsOf(requestId);
      expect(
        events.map((e) => e.operation),
        text,
      ).toContain('CONSULTATION');
      expect(JSON.stringify(events.flatMap((e) => e.records)), text).toMatch(record);
    }
  });

  it('refuses a write in another force’s case without a purpose, writing and auditing nothing', async () => {
    // A hub supervisor may record in any force's case (a force it was only shared with may not, see
    // entity-ownership.e2e.ts), but not without saying why.
    const token = await tokenFor('supervisor.nca');
    const requestId = `purpose-write-${uniqueSuffix()}`;
    const witness = `Unwritten${suffix.replace(/\W/g, '')}`;
    const refused = await postGraphQL(
      env.gatewayUrl,
      'mutation ($i: RecordPersonInput!) { recordPerson(input: $i) { person { id } } }',
      {
        i: { caseId: gmp.id, role: 'WITNESS', forenames: 'Not', surname: witness },
      },
      { token, headers: { 'x-request-id': requestId } },
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
    expect(await eventsOf(requestId)).toEqual([]);
    const { records } = await driver.executeQuery('MATCH (p:Person {surname: $witness}) RETURN count(p) AS n', { witness });
    expect(Number(records[0]?.get('n'))).toBe(0);
  });

  it('refuses bringing a person known only from another force’s case into one’s own without a purpose', async () => {
    const met = await openCase('detective.met', `Purpose link ${suffix}`);
    const without = await postGraphQL(
      env.gatewayUrl,
      LINK_PERSON,
      { input: { personId: person, caseId: met.id, role: 'SUSPECT' } },
      {
        token: await tokenFor('detective.met'),
      },
    );
    expect(without.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
    const linked = await as('detective.met', LINK_PERSON, { input: { personId: person, caseId: met.id, role: 'SUSPECT' } });
    expect(linked.linkPersonToCase.person.id).toBe(person);
  });

  it('shows in a mutation’s answer only what the caller may see', async () => {
    // The suspect is also in a WMP case that GMP may not see.
    const wmp = await openCase('detective.wmp', `Hidden from GMP ${suffix}`);
    await as('supervisor.nca', LINK_PERSON, { input: { personId: person, caseId: wmp.id, role: 'SUSPECT' } });
    const own = await openCase('detective.gmp', `Second GMP case ${suffix}`);
    const answer = await as(
      'detective.gmp',
      `mutation ($input: LinkPersonInput!) {
      linkPersonToCase(input: $input) { person { id cases { case { id } } } }
    }`,
      { input: { personId: person, caseId: own.id, role: 'WITNESS' } },
      {},
    );
    const cases = answer.linkPersonToCase.person.cases.map((c: any) => c.case.id);
    expect(cases).toEqual(expect.arrayContaining([gmp.id, own.id]));
    expect(cases).not.toContain(wmp.id);
    expect(JSON.stringify(answer)).not.toContain(wmp.id);
  });
});

const EXPORT = 'mutation ($input: ExportCaseInput!) { exportCase(input: $input) { reference recipients purpose exportedBy records package } }';

describe('exporting a case', () => {
  it('discloses the package to the named recipients, audited as a disclosure naming them and every record', async () => {
    await as('detective.gmp', 'mutation ($i: RecordEventInput!) { recordEvent(input: $i) { id } }', {
      i: { caseId: gmp.id, kind: 'ARREST', description: 'Arrest at home', occurredAt: '2026-01-02T06:00:00Z' },
    });
    const requestId = `export-${uniqueSuffix()}`;
    const response = await postGraphQL(
      env.gatewayUrl,
      EXPORT,
      { input: { caseId: gmp.id, recipients: ['CPS North West', ' CPS North West '] } },
      {
        token: await tokenFor('detective.gmp'),
        headers: { ...PURPOSE, 'x-request-id': requestId },
      },
    );
    expect(response.errors).toBeUndefined();
    const exported = response.data.exportCase;
    expect(exported).toMatchObject({
      reference: gmp.reference,
      recipients: ['CPS North West'],
      purpose: PURPOSE['x-crosslink-purpose'],
      exportedBy: 'detective.gmp',
    });
    const pack = JSON.parse(exported.package);
    expect(pack.case.id).toBe(gmp.id);
    expect(pack.events.map((e: any) => e.description)).toContain('Arrest at home');
    expect(pack.shares.map((s: any) => s.force)).toEqual(['MPS']);
    expect(exported.records).toEqual(expect.arrayContaining([`Case:${gmp.id}`, `Event:${pack.events[0].id}`]));
    // The case's people, the objects seen in it with their holders, and their places travel with it.
    expect(pack.people).toEqual([expect.objectContaining({ id: person, surname, role: 'SUSPECT', addressIds: [location] })]);
    expect(pack.objects).toEqual([expect.objectContaining({ id: phone, label: 'Phone', holders: [person] })]);
    expect(pack.locations.map((l: any) => l.id)).toEqual([location]);
    expect(exported.records).toEqual(expect.arrayContaining([`Person:${person}`, `Phone:${phone}`, `Location:${location}`]));

    const events = await eventsOf(requestId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: 'DISCLOSURE', recipients: ['CPS North West'], purpose: PURPOSE['x-crosslink-purpose'] });
    expect(events[0]?.records).toEqual(expect.arrayContaining(exported.records));
  });

  it('always needs a purpose, even for one’s own force’s case, and then writes nothing', async () => {
    const requestId = `export-refused-${uniqueSuffix()}`;
    const response = await postGraphQL(
      env.gatewayUrl,
      EXPORT,
      { input: { caseId: gmp.id, recipients: ['CPS North West'] } },
      {
        token: await tokenFor('detective.gmp'),
        headers: { 'x-request-id': requestId },
      },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
    expect(await eventsOf(requestId)).toEqual([]);
  });

  it('is the owning force’s (or the hub’s) to make: a force shared the case may not pass it on', async () => {
    const shared = await postGraphQL(
      env.gatewayUrl,
      EXPORT,
      { input: { caseId: gmp.id, recipients: ['CPS London'] } },
      { token: await tokenFor('detective.met'), headers: PURPOSE },
    );
    expect(shared.errors?.[0]?.extensions?.['code']).toBe('CASE_NOT_FOUND');
    const analyst = await postGraphQL(
      env.gatewayUrl,
      EXPORT,
      { input: { caseId: gmp.id, recipients: ['CPS'] } },
      { token: await tokenFor('analyst.nca'), headers: PURPOSE },
    );
    expect(analyst.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const hub = await as('supervisor.nca', EXPORT, { input: { caseId: gmp.id, recipients: ['Home Office'] } });
    expect(hub.exportCase.reference).toBe(gmp.reference);
  });
});
