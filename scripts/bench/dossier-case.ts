// The benchmark's case and its dossier, shared by `bench:dossier` and `bench:load`: a GMP case with
// people, addresses, objects and a timeline, made once through the API and found again on later
// runs; the dossier query through the gateway; and the same dossier fetched from the subgraphs
// directly in the calls the gateway's plan makes.

export const PEOPLE = 10;
export const PHONES = 4;
export const VEHICLES = 2;
export const EVENTS = 8;
export const TITLE = 'Benchmark dossier: Op Kestrel cash couriers (people, objects, timeline)';

export async function token(keycloak: string, username: string): Promise<string> {
  const response = await fetch(`${keycloak}/realms/crosslink/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'crosslink-cli', username, password: 'crosslink' }),
  });
  if (!response.ok) throw new Error(`token: ${response.status}; is the platform up (npm start)?`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** One GraphQL call; throws on any error. */
export async function gql(url: string, bearer: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The benchmark case: made once through the API, found again on later runs. */
export async function benchCase(gateway: string, bearer: string): Promise<{ id: string; reference: string }> {
  const found = await gql(gateway, bearer, '{ cases(filter: { force: "GMP" }, first: 100) { edges { node { id reference title } } } }');
  const existing = found.cases.edges.find((e: any) => e.node.title === TITLE);
  if (existing) return existing.node;
  const created = await gql(gateway, bearer, 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { case { id reference } } }', { i: { title: TITLE } });
  const c = created.createCase.case;
  const addresses: string[] = [];
  const people: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const p = await gql(gateway, bearer, 'mutation ($i: RecordPersonInput!) { recordPerson(input: $i) { person { id } } }', {
      i: { caseId: c.id, role: i === 0 ? 'SUSPECT' : 'ASSOCIATE', forenames: `Courier${i}`, surname: 'Kestrel' },
    });
    people.push(p.recordPerson.person.id);
    for (const n of [1, 2]) {
      const a = await gql(gateway, bearer, 'mutation ($i: RecordAddressInput!) { recordAddress(input: $i) { location { id } } }', {
        i: { caseId: c.id, personId: p.recordPerson.person.id, line1: `${i * 2 + n} Kestrel Close`, town: 'Salford', postcode: 'M5 4WT' },
      });
      addresses.push(a.recordAddress.location.id);
    }
  }
  for (let i = 0; i < PHONES; i++) {
    await gql(gateway, bearer, 'mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { hits { force { code } } } }', {
      i: { caseId: c.id, personId: people[i], number: `07700 900${String(100 + i)}` },
    });
  }
  for (let i = 0; i < VEHICLES; i++) {
    await gql(gateway, bearer, 'mutation ($i: RecordVehicleInput!) { recordVehicle(input: $i) { hits { force { code } } } }', {
      i: { caseId: c.id, personId: people[i], vrm: `KE${String(10 + i)} STR`, make: 'Ford', model: 'Transit' },
    });
  }
  for (let i = 0; i < EVENTS; i++) {
    await gql(gateway, bearer, 'mutation ($i: RecordEventInput!) { recordEvent(input: $i) { id } }', {
      i: { caseId: c.id, kind: 'SIGHTING', description: `Courier handover ${i + 1}`, occurredAt: `2026-0${1 + (i % 9)}-1${i % 10}`, locationId: addresses[i] },
    });
  }
  return c;
}

export const DOSSIER = `query ($reference: String!) {
  case(reference: $reference) { id reference title status force { code name }
    people { role person { id forenames surname dateOfBirth addresses { id line1 town postcode } } }
    objects(first: 50) { edges { node { __typename ... on Phone { id number } ... on Vehicle { id vrm make model } } } }
    timeline(first: 50) { edges { node { id kind description occurredAt place { id line1 postcode } } } } } }`;

// The least a request through the gateway can be: one subgraph call, one statement, one audit write.
export const CASE_ALONE = 'query ($reference: String!) { case(reference: $reference) { id reference title status } }';

/** The subgraphs the dossier's plan calls. */
export type DossierSubgraph = 'cases' | 'entities';

/** The dossier's first call, to the cases subgraph: the case and its timeline, with each event's place. */
export const DIRECT_CASE = `query ($r: String!) { case(reference: $r) { id reference title status force { code name }
      timeline(first: 50) { edges { node { id kind description occurredAt place { id line1 postcode } } } } } }`;
/** Its people with their addresses, and its objects, from entities. */
export const DIRECT_PEOPLE = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case {
        people { role person { id forenames surname dateOfBirth addresses { id line1 town postcode } } }
        objects(first: 50) { edges { node { __typename ... on Phone { id number } ... on Vehicle { id vrm make model } } } } } } }`;

/**
 * The dossier from the subgraphs directly, in the calls the gateway's plan makes: the case, then its
 * people and objects. `call` runs one call to a subgraph and returns its data, throwing on errors.
 */
export async function dossierDirect(
  call: (subgraph: DossierSubgraph, query: string, variables: Record<string, unknown>) => Promise<any>,
  reference: string,
): Promise<unknown> {
  const c = await call('cases', DIRECT_CASE, { r: reference });
  return call('entities', DIRECT_PEOPLE, { r: [{ __typename: 'Case', id: c.case.id }] });
}
