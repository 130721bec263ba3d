import { randomUUID } from 'node:crypto';
import { postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';
import { auditEventsOf, closeDriver, count } from './support/neo4j.js';
import { RECORD_VEHICLE } from './support/pole.js';

afterAll(closeDriver);

const CREATE = /* GraphQL */ `
  mutation ($i: CreateCaseInput!) {
    createCase(input: $i) {
      reference
    }
  }
`;
const RECORD_PERSON = /* GraphQL */ `
  mutation ($i: RecordPersonInput!) {
    recordPerson(input: $i) {
      person {
        id
      }
    }
  }
`;
const CASES = /* GraphQL */ `
  query ($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

async function post(username: string, operation: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  return postGraphQL(testEnv().gatewayUrl, operation, variables, { token: await tokenFor(username), headers });
}

async function refusal(username: string, operation: string, variables: Record<string, unknown>) {
  const response = await post(username, operation, variables);
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  return response.errors?.[0]?.extensions ?? {};
}

/** A header value whose bytes are `text` in UTF-8, as a client sends it (fetch takes header values as bytes). */
const utf8Header = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('malformed and unprintable strings are refused at the boundary, naming the field', () => {
  it('a lone UTF-16 surrogate in any string variable', async () => {
    const title = `Surrogate ${uniqueSuffix()}`;
    const error = await refusal('detective.gmp', CREATE, { i: { title: `${title} \uD800` } });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.title' });
    expect(await count('MATCH (c:Case) WHERE c.title STARTS WITH $title', { title })).toBe(0);
  });

  it('NUL and C1 controls, even in free text', async () => {
    expect(await refusal('detective.gmp', CREATE, { i: { title: 'Fine', summary: 'a\u0000b' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.summary',
    });
    expect(await refusal('detective.gmp', CREATE, { i: { title: 'Fine', summary: 'a\u0085b' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.summary',
    });
  });

  it('line breaks and bidirectional overrides in names, while a summary keeps its line breaks', async () => {
    const opened = await openCase('detective.gmp');
    const surname = `Bidi${uniqueSuffix()}`;
    const error = await refusal('detective.gmp', RECORD_PERSON, {
      i: { caseId: opened.id, role: 'WITNESS', forenames: 'Eve', surname: `${surname}\u202Eevil` },
    });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.surname' });
    expect(await count('MATCH (p:Person) WHERE p.surname STARTS WITH $surname', { surname })).toBe(0);
    expect(await refusal('detective.gmp', CREATE, { i: { title: 'Two\nlines' } })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.title' });
    const kept = await post('detective.gmp', CREATE, { i: { title: `Summary ${uniqueSuffix()}`, summary: 'First line.\nSecond line.' } });
    expect(kept.errors).toBeUndefined();
  });

  it('a bad enum value is blamed on the argument, not the client’s variable', async () => {
    const opened = await openCase('detective.gmp');
    const error = await refusal('detective.gmp', RECORD_PERSON, { i: { caseId: opened.id, role: 'CULPRIT', forenames: 'A', surname: 'B' } });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.role' });
  });
});

describe('instants and cursors', () => {
  it.each(['2026-02-30T00:00:00Z', '2026-03-14T24:00:00Z', '0'])('refuses openedFrom %s as VALIDATION_FAILED naming the field', async (openedFrom) => {
    expect(await refusal('detective.gmp', CASES, { filter: { openedFrom } })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'filter.openedFrom' });
  });

  it('gives out opaque cursors that page, and refuses forged or altered ones with BAD_CURSOR', async () => {
    await openCase('detective.gmp');
    await openCase('detective.gmp');
    const first = await post('detective.gmp', CASES, { filter: { force: 'GMP' }, first: 1 });
    const cursor = first.data.cases.pageInfo.endCursor as string;
    // Sealed: neither the case's id nor its opening instant can be read out of it.
    const opened = Buffer.from(cursor, 'base64url').toString('latin1');
    expect(opened).not.toContain(first.data.cases.edges[0].node.id);
    expect(opened).not.toMatch(/20\d\d-\d\d-\d\dT/);
    const next = await post('detective.gmp', CASES, { filter: { force: 'GMP' }, first: 1, after: cursor });
    expect(next.errors).toBeUndefined();
    expect(next.data.cases.edges[0].node.id).not.toBe(first.data.cases.edges[0].node.id);

    const forged = Buffer.from(JSON.stringify(['0', 'x'])).toString('base64url');
    const bytes = Buffer.from(cursor, 'base64url');
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    for (const after of [forged, bytes.toString('base64url'), Buffer.from(JSON.stringify(['2026-02-30T00:00:00Z', 'x'])).toString('base64url')]) {
      expect(await refusal('detective.gmp', CASES, { first: 1, after })).toMatchObject({ code: 'BAD_CURSOR', field: 'after' });
    }
  });
});

describe('the purpose header', () => {
  it.each([
    ['too short', 'x', /too short/],
    ['too long', 'p'.repeat(501), /too long/],
    ['holding a C1 control', utf8Header('Review \u0085 now'), /control/],
    ['not UTF-8', 'Enqu\u00eate', /UTF-8/],
  ])('refuses one %s with PURPOSE_INVALID saying why', async (_name, purpose, why) => {
    const response = await post('detective.gmp', CASES, { first: 1 }, { 'x-crosslink-purpose': purpose });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(why), extensions: { code: 'PURPOSE_INVALID', field: 'x-crosslink-purpose' } });
  });

  it('is read as UTF-8 and audited as written, through the gateway and in the subgraph', async () => {
    const purpose = `Enquête Łódź — Zoë ${uniqueSuffix()}`;
    const requestId = `hygiene-${randomUUID()}`;
    const opened = await openCase('detective.gmp');
    await addPerson('detective.gmp', opened.id);
    const response = await post(
      'analyst.nca',
      `query ($r: String!) { case(reference: $r) { id people { person { id } } } }`,
      { r: opened.reference },
      {
        'x-crosslink-purpose': utf8Header(purpose),
        'x-request-id': requestId,
      },
    );
    expect(response.errors).toBeUndefined();
    const events = await auditEventsOf(requestId);
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.purpose))).toEqual(new Set([purpose]));
  });
});

describe('filters and identifiers', () => {
  it('a force filter naming no force is FORCE_NOT_FOUND, not an empty list', async () => {
    expect(await refusal('detective.gmp', CASES, { filter: { force: 'GMPX' } })).toMatchObject({ code: 'FORCE_NOT_FOUND', field: 'filter.force' });
    expect(await refusal('supervisor.nca', `{ officers(force: "GMPX") { edges { node { username } } } }`, {})).toMatchObject({
      code: 'FORCE_NOT_FOUND',
      field: 'force',
    });
    expect(await refusal('supervisor.nca', `{ teamWorkload(force: "GMPX") { team } }`, {})).toMatchObject({ code: 'FORCE_NOT_FOUND', field: 'force' });
  });

  it('a registration mark without a UK shape', async () => {
    const opened = await openCase('detective.gmp');
    expect(await refusal('detective.gmp', RECORD_VEHICLE, { input: { caseId: opened.id, vrm: 'O0O0O0O' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.vrm',
    });
    expect(await count("MATCH (v:Vehicle {vrm: 'O0O0O0O'})")).toBe(0);
  });
});
