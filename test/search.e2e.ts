import { postGraphQL, query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAddress, addPerson, openCase } from './support/fixtures.js';

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
