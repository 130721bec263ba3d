import { KeycloakAdmin, postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';
import { CASE_DOSSIER, CREATE_CASE, ENTITIES } from './support/operations.js';

// A client sending abusive or malformed requests: each is refused before it costs anything, with a
// catalogued code and a 4xx status, and never as INTERNAL.

/** Posts a raw GraphQL request body (to set operationName, or to send what postGraphQL would not). */
async function post(url: string, token: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

const DOSSIER_FIELDS =
  'id reference title status force { code name } people { role person { id forenames surname addresses { postcode } cases { role case { reference } } } }';

describe('cost limits at the gateway', () => {
  let token: string;
  let reference: string;
  beforeAll(async () => {
    token = await tokenFor('detective.gmp');
    reference = (await openCase('detective.gmp')).reference;
  });

  it('refuses a query with more aliases than allowed, before running it', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: case(reference: "${reference}") { id }`).join(' ')} }`;
    const { status, body } = await post(testEnv().gatewayUrl, token, { query });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 30, found: 40 });
  });

  it('refuses a hundred aliases of a dossier, and 2,000 aliases, by their size, at once', async () => {
    for (const [count, fields] of [
      [100, DOSSIER_FIELDS],
      [2000, 'id'],
    ] as const) {
      const query = `{ ${Array.from({ length: count }, (_, i) => `a${i}: case(reference: "${reference}") { ${fields} }`).join(' ')} }`;
      const began = Date.now();
      const { status, body } = await post(testEnv().gatewayUrl, token, { query });
      expect(status).toBe(400);
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 3000 });
      // Refused while parsing: no validation of thousands of fields, no plan, no subgraph call.
      expect(Date.now() - began).toBeLessThan(2000);
    }
  });

  it('refuses a query whose estimated cost passes the limit (pages multiply what they hold)', async () => {
    // A page of cases, each person's cases, and a page of objects of each: a million-odd by estimate.
    const query = `{ cases(first: 100) { edges { node { id reference people { role person { id surname cases { role case { id objects(first: 100) { edges { cursor } } } } } } } } } }`;
    const { status, body } = await post(testEnv().gatewayUrl, token, { query });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 200000 });
    // The same shape over small pages is within the limit (refused only for its size).
    const small = await post(testEnv().gatewayUrl, token, { query: query.replaceAll('first: 100', 'first: 1') });
    expect(small.body.errors?.find((e) => e.extensions?.['code'] === 'QUERY_TOO_COMPLEX')).toBeUndefined();
  }, 90_000);

  it('answers the dossier itself, within every limit', async () => {
    const { status, body } = await post(testEnv().gatewayUrl, token, { query: CASE_DOSSIER, variables: { reference } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.case.reference).toBe(reference);
  });

  it('reports at most 50 errors, then how many more there were', async () => {
    const input = { title: `Enum flood ${uniqueSuffix()}`, crimeTypes: Array.from({ length: 5000 }, (_, i) => `NOT_A_CRIME_${i}`) };
    const began = Date.now();
    const { status, body } = await post(testEnv().gatewayUrl, token, { query: CREATE_CASE, variables: { input } });
    // Checking stops at the cap: no "did you mean" worked out for each of 5,000 values (seconds).
    expect(Date.now() - began).toBeLessThan(3000);
    expect(status).toBe(400);
    expect(body.errors!.length).toBeLessThanOrEqual(51);
    expect(body.errors!.at(-1)?.extensions).toMatchObject({ code: 'TOO_MANY_ERRORS' });
    expect(body.errors!.at(-1)?.extensions?.['omitted']).toBeGreaterThan(0);
  });

  it('neither introspects the schema nor suggests field names outside development', async () => {
    const introspection = await post(testEnv().gatewayUrl, token, { query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(400);
    expect(introspection.body.data).toBeUndefined();
    expect(introspection.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const misspelt = await post(testEnv().gatewayUrl, token, { query: `{ case(reference: "${reference}") { titel } }` });
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('operations the request does not resolve', () => {
  it('a wrong operationName is 400 BAD_OPERATION_NAME, not a 500', async () => {
    const token = await tokenFor('detective.gmp');
    const { status, body } = await post(testEnv().gatewayUrl, token, { query: 'query Mine { __typename }', operationName: 'Theirs' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_OPERATION_NAME');
  });

  it('two operations and no operationName are 400 BAD_OPERATION_NAME, not a 500', async () => {
    const token = await tokenFor('detective.gmp');
    const { status, body } = await post(testEnv().gatewayUrl, token, { query: 'query A { __typename } query B { __typename }' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_OPERATION_NAME');
    // Two anonymous ones are not valid GraphQL at all: 400 too, as graphql-js says.
    const anonymous = await post(testEnv().gatewayUrl, token, { query: 'query { __typename } query { __typename }' });
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a subscription, a body that is not JSON and a lone surrogate are 400s with catalogued codes, not 500s', async () => {
    const token = await tokenFor('detective.gmp');
    const subscription = await post(testEnv().gatewayUrl, token, { query: 'subscription { __typename }' });
    expect([subscription.status, subscription.body.errors?.[0]?.extensions?.['code']]).toEqual([400, 'BAD_REQUEST']);
    const truncated = await fetch(testEnv().gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query": ',
    });
    expect([truncated.status, ((await truncated.json()) as any).errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_REQUEST']);
    const surrogate = await post(testEnv().gatewayUrl, token, { query: 'query ($t: String!) { search(text: $t) { rank } }', variables: { t: 'a\uD800' } });
    expect([surrogate.status, surrogate.body.errors?.[0]?.extensions?.['code']]).toEqual([400, 'VALIDATION_FAILED']);
  });
});

describe('coded errors through the gateway', () => {
  it("keeps a subgraph's refusal of a variable as the subgraph coded it, not INTERNAL", async () => {
    const token = await tokenFor('auditor.nca');
    const query = 'query ($from: DateTime) { auditEvents(filter: { from: $from }, first: 1) { edges { node { id } } } }';
    const response = await postGraphQL(testEnv().gatewayUrl, query, { from: 'yesterday afternoon' }, { token });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it("answers a case's people's cases' people, a valid query, without INTERNAL", async () => {
    const opened = await openCase('detective.gmp');
    await addPerson('detective.gmp', opened.id, { surname: `Nested${uniqueSuffix()}` });
    const query = `query ($reference: String!) { case(reference: $reference) { people { person { cases { case { people { role } } } } } } }`;
    const response = await postGraphQL(testEnv().gatewayUrl, query, { reference: opened.reference }, { token: await tokenFor('detective.gmp') });
    expect(response.errors).toBeUndefined();
    expect(response.data.case.people[0].person.cases[0].case.people).toEqual([{ role: expect.any(String) }]);
  });
});

describe('_entities representations at a subgraph', () => {
  it('refuses more representations than allowed in one call', async () => {
    const token = await tokenFor('detective.gmp');
    const representations = Array.from({ length: 2001 }, (_, i) => ({ __typename: 'Person', id: `p${i}` }));
    const { status, body } = await post(testEnv().subgraphUrls.entities, token, { query: ENTITIES.entities, variables: { representations } });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'representations', max: 2000, found: 2001 });
  });

  it.each([
    ['without a key', { __typename: 'Person' }],
    ['of a type the subgraph does not resolve', { __typename: 'Nope', id: 'x' }],
    ['that is not an object', 'Person:p1'],
  ])('refuses a representation %s as VALIDATION_FAILED, not INTERNAL', async (_what, representation) => {
    const token = await tokenFor('detective.gmp');
    const { status, body } = await post(testEnv().subgraphUrls.locations, token, {
      query: ENTITIES.locations,
      variables: { representations: [representation] },
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'representations[0]' });
  });
});

describe('per-user rate limit', () => {
  it('answers 429 RATE_LIMITED past the allowance, to that user only', async () => {
    const username = `rate.${uniqueSuffix()}`.toLowerCase();
    await (await KeycloakAdmin.connect()).createUser({ username, force: 'GMP', clearance: 'OFFICIAL', roles: ['detective'] });
    const token = await tokenFor(username);
    const first = await post(testEnv().gatewayUrl, token, { query: '{ __typename }' });
    expect(first.status).toBe(200);
    const allowance = Number(first.headers.get('x-ratelimit-limit'));
    expect(allowance).toBeGreaterThan(0);

    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    // Twenty at a time until the allowance is spent (bounded: the allowance and a margin).
    for (let sent = 1; sent <= allowance + 20 && refused === undefined; sent += 20) {
      const batch = await Promise.all(Array.from({ length: 20 }, () => post(testEnv().gatewayUrl, token, { query: '{ __typename }' })));
      statuses.push(...batch.map((r) => r.status));
      refused = batch.find((r) => r.status === 429);
    }
    expect(refused).toBeDefined();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(allowance - 1);
    expect(refused!.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);

    // Another user is not slowed by this one.
    const other = await post(testEnv().gatewayUrl, await tokenFor('detective.met'), { query: '{ __typename }' });
    expect(other.status).toBe(200);
  }, 120_000);
});
