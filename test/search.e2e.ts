import { postGraphQL, query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAddress, addPerson, openCase } from './support/fixtures.js';
import { auditEventsOf, closeDriver } from './support/neo4j.js';
import { freshMobile, RECORD_PHONE, RECORD_VEHICLE } from './support/pole.js';

const SEARCH = /* GraphQL */ `
  query ($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      kind
      rank
      score
      node {
        __typename
        ... on Person {
          id
          forenames
          surname
        }
        ... on Case {
          id
          reference
          title
        }
        ... on Location {
          id
          postcode
        }
        ... on Phone {
          id
          number
        }
        ... on Vehicle {
          id
          vrm
        }
      }
    }
  }
`;

const marker = `Zq${uniqueSuffix().replace(/\d/g, 'x')}`; // a surname no other test uses
let gmpCase: { id: string; reference: string };
let person: string;
let hiddenPerson: string;
let location: string;

beforeAll(async () => {
  gmpCase = await openCase('detective.gmp', `Search ${marker} county line`);
  person = await addPerson('detective.gmp', gmpCase.id, { forenames: 'Zoë', surname: `Ştefănescu${marker}` });
  location = await addAddress('detective.gmp', gmpCase.id, person, `14 ${marker} Road`, 'M14 4RS');
  const metCase = await openCase('detective.met', `Search hidden ${marker}`);
  hiddenPerson = await addPerson('detective.met', metCase.id, { forenames: 'Zoe', surname: `Stefanescu${marker}` });
});

afterAll(closeDriver);

async function search(user: string, text: string) {
  const data = await query(testEnv().gatewayUrl, await tokenFor(user), SEARCH, { text, first: 20 });
  return data.search as { kind: string; rank: number; score: number; node: { __typename: string; id: string } & Record<string, string> }[];
}

describe('search', () => {
  it('finds people by name, ignoring case and accents, and by the start of a word', async () => {
    for (const text of [`zoe stefanescu${marker}`, `ZOË ŞTEFĂNESCU${marker.toUpperCase()}`, 'zo ştef']) {
      const hits = await search('detective.gmp', text);
      expect(
        hits.map((h) => h.node.id),
        text,
      ).toContain(person);
    }
  });

  it('finds cases by reference and title, and locations by address and postcode', async () => {
    expect((await search('detective.gmp', gmpCase.reference)).map((h) => h.node.id)).toContain(gmpCase.id);
    expect((await search('detective.gmp', `${marker} county`)).map((h) => h.node.id)).toContain(gmpCase.id);
    const places = await search('detective.gmp', `${marker} road`);
    expect(places.find((h) => h.node.id === location)).toMatchObject({ kind: 'LOCATION', node: { __typename: 'Location', postcode: 'M14 4RS' } });
  });

  it('never returns what the searcher may not see', async () => {
    const hits = await search('detective.gmp', `stefanescu${marker}`);
    expect(hits.map((h) => h.node.id)).not.toContain(hiddenPerson);
    const hub = await postGraphQL(
      testEnv().gatewayUrl,
      SEARCH,
      { text: `stefanescu${marker}` },
      {
        token: await tokenFor('analyst.nca'),
        headers: { 'x-crosslink-purpose': 'Search verification' },
      },
    );
    expect(hub.data.search.map((h: any) => h.node.id)).toEqual(expect.arrayContaining([person, hiddenPerson]));
  });

  it('ranks and scores a visible record the same however many hidden records share its name', async () => {
    const text = `stefanescu${marker}`;
    const before = (await search('detective.gmp', text)).find((h) => h.node.id === person);
    expect(before).toMatchObject({ rank: 1, score: 1 });
    // Another force records the same name twice more, in cases GMP cannot see.
    const hidden = await openCase('detective.met', `Search hidden again ${marker}`);
    await addPerson('detective.met', hidden.id, { forenames: 'Zoe', surname: `Stefanescu${marker}` });
    await addPerson('detective.met', hidden.id, { forenames: 'Zoltan', surname: `Stefanescu${marker}` });
    const after = await search('detective.gmp', text);
    expect(after.find((h) => h.node.id === person)).toEqual(before);
    expect(after.map((h) => h.rank)).toEqual(after.map((_h, i) => i + 1));
  });

  it('treats query syntax as text, and refuses too short a search', async () => {
    expect(await search('detective.gmp', `*:* OR ${marker}`)).toEqual(expect.any(Array));
    const short = await postGraphQL(testEnv().gatewayUrl, SEARCH, { text: 'a' }, { token: await tokenFor('detective.gmp') });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'text' });
  });
});

describe('search for a phone or a vehicle', () => {
  const mobile = freshMobile(); // 07700 9nnnnn
  const national = mobile.replace(/\s/g, '').slice(1);
  const letters = () => String.fromCharCode(...Array.from({ length: 3 }, () => 65 + Math.floor(Math.random() * 26)));
  const vrm = `${letters().slice(0, 2)}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}${letters()}`;
  let phoneId: string;
  let vehicleId: string;

  beforeAll(async () => {
    const token = await tokenFor('detective.gmp');
    const phone = await query(testEnv().gatewayUrl, token, RECORD_PHONE, { input: { caseId: gmpCase.id, personId: person, number: mobile } });
    phoneId = phone.recordPhone.phone.id;
    const vehicle = await query(testEnv().gatewayUrl, token, RECORD_VEHICLE, { input: { caseId: gmpCase.id, vrm, make: 'Ford', colour: 'Blue' } });
    vehicleId = vehicle.recordVehicle.vehicle.id;
  });

  it('finds a phone by its number however it is written, first and scored 1', async () => {
    for (const text of [mobile, `+44${national}`, national]) {
      const hits = await search('detective.gmp', text);
      expect(hits[0], text).toEqual({ kind: 'PHONE', rank: 1, score: 1, node: { __typename: 'Phone', id: phoneId, number: `+44${national}` } });
      expect(
        hits.filter((h) => h.kind === 'PHONE'),
        text,
      ).toHaveLength(1);
    }
  });

  it('finds a vehicle by its registration mark typed in lower case with a space', async () => {
    const spaced = `${vrm.slice(0, 4)} ${vrm.slice(4)}`.toLowerCase();
    const hits = await search('detective.gmp', spaced);
    expect(hits[0]).toEqual({ kind: 'VEHICLE', rank: 1, score: 1, node: { __typename: 'Vehicle', id: vehicleId, vrm } });
  });

  it('finds neither for someone who may not see the case recording them, and withholds them from the hub without a purpose', async () => {
    for (const text of [mobile, vrm]) {
      expect(JSON.stringify(await search('detective.met', text))).not.toMatch(new RegExp(`${phoneId}|${vehicleId}`));
      const hub = await postGraphQL(testEnv().gatewayUrl, SEARCH, { text }, { token: await tokenFor('analyst.nca') });
      expect(hub.errors).toBeUndefined();
      expect(JSON.stringify(hub.data)).not.toMatch(new RegExp(`${phoneId}|${vehicleId}`));
      expect(hub.extensions?.['withheld']).toMatchObject({ code: 'PURPOSE_REQUIRED', count: expect.any(Number) });
      expect(hub.extensions?.['withheld'].count).toBeGreaterThanOrEqual(1);
      const stated = await postGraphQL(
        testEnv().gatewayUrl,
        SEARCH,
        { text },
        { token: await tokenFor('analyst.nca'), headers: { 'x-crosslink-purpose': 'Search verification' } },
      );
      expect(stated.data.search[0].node.id).toBe(text === vrm ? vehicleId : phoneId);
    }
  });

  it('audits the read of each phone or vehicle found', async () => {
    for (const [text, record] of [
      [national, `Phone:${phoneId}`],
      [vrm.toLowerCase(), `Vehicle:${vehicleId}`],
    ] as const) {
      const requestId = `search-object-${uniqueSuffix()}`;
      const answered = await postGraphQL(
        testEnv().gatewayUrl,
        'query ($text: String!) { search(text: $text) { kind score } }',
        { text },
        {
          token: await tokenFor('detective.gmp'),
          headers: { 'x-request-id': requestId },
        },
      );
      expect(answered.errors).toBeUndefined();
      const events = await auditEventsOf(requestId);
      expect(events.filter((e) => e.operation === 'CONSULTATION').flatMap((e) => e.records)).toContain(record);
    }
  });
});
