import { KeycloakAdmin, passwordGrant, postGraphQL, query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_PERSON } from './support/operations.js';

// Every reach (own force, shared, operation participant, other force, hub, hub without a cross-force
// role) × clearance (OFFICIAL, SECRET, TOP_SECRET) × caveat (held, missing), against cases of every
// classification and caveat: what each may read through every path, and what each may write.

type Clearance = 'OFFICIAL' | 'SECRET' | 'TOP_SECRET';
const rank: Record<Clearance, number> = { OFFICIAL: 0, SECRET: 1, TOP_SECRET: 2 };

const reaches = {
  own: { force: 'GMP', role: 'detective', reaches: true },
  shared: { force: 'MPS', role: 'detective', reaches: true },
  operation: { force: 'MERPOL', role: 'detective', reaches: true },
  other: { force: 'WMP', role: 'detective', reaches: false },
  hub: { force: 'NCA', role: 'analyst', reaches: true },
  hubDetective: { force: 'NCA', role: 'detective', reaches: false },
} as const;

const cases = [
  { key: 'official', classification: 'OFFICIAL', caveats: [] },
  { key: 'secret', classification: 'SECRET', caveats: [] },
  { key: 'sensitive', classification: 'OFFICIAL', caveats: ['SENSITIVE'] },
  { key: 'topSecretSensitive', classification: 'TOP_SECRET', caveats: ['SENSITIVE'] },
] as const;

interface Viewer {
  readonly name: string;
  readonly reach: keyof typeof reaches;
  readonly clearance: Clearance;
  readonly caveat: boolean;
  token: string;
}

interface Subject {
  readonly key: string;
  readonly classification: Clearance;
  readonly caveats: readonly string[];
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly person: string;
  readonly location: string;
  readonly item: string;
  readonly secretItem: string;
  readonly phone: string;
  readonly surname: string;
}

const env = testEnv();
const driver = neo4j.driver(env.neo4jUri, neo4j.auth.basic('neo4j', env.neo4jPassword));
const suffix = uniqueSuffix();
const viewers: Viewer[] = [];
const subjects: Subject[] = [];
const purpose = { 'x-crosslink-purpose': 'Access matrix verification' };

function expectedVisible(viewer: Viewer, subject: Subject): boolean {
  return (
    reaches[viewer.reach].reaches &&
    rank[viewer.clearance] >= rank[subject.classification] &&
    subject.caveats.every(() => viewer.caveat)
  );
}

const RECORD_INTEL = /* GraphQL */ `
  mutation ($input: RecordIntelligenceInput!) { recordIntelligence(input: $input) { id } }
`;

beforeAll(async () => {
  // The subjects: one GMP case per classification, each with a person, an address and two items,
  // made through the API by the hub's TOP_SECRET supervisor (who holds SENSITIVE), shared with MPS
  // and joined to an operation MERPOL leads.
  const hub = await tokenFor('supervisor.nca');
  const as = (text: string, variables: Record<string, unknown>) => query(env.gatewayUrl, hub, text, variables, purpose);
  const hubTopSecret = `matrix.author.${suffix}`;
  const admin = await KeycloakAdmin.connect();
  await admin.createUser({ username: hubTopSecret, force: 'NCA', clearance: 'TOP_SECRET', caveats: ['SENSITIVE'], roles: ['analyst'] });
  const author = await passwordGrant(env.keycloakUrl, 'crosslink', 'crosslink-cli', hubTopSecret, 'crosslink');
  for (const [index, spec] of cases.entries()) {
    const title = `Matrix ${spec.key} ${suffix}`;
    const surname = `Subject${spec.key}${suffix}`;
    const created = await as('mutation ($i: CreateCaseInput!) { createCase(input: $i) { reference case { id } } }', {
      i: { title, force: 'GMP', classification: spec.classification, caveats: [...spec.caveats] },
    });
    const opened = { id: created.createCase.case.id as string, reference: created.createCase.reference as string };
    const person = (await as('mutation ($i: RecordPersonInput!) { recordPerson(input: $i) { person { id } } }', {
      i: { caseId: opened.id, role: 'SUSPECT', forenames: 'Matrix', surname },
    })).recordPerson.person.id as string;
    const location = (await as('mutation ($i: RecordAddressInput!) { recordAddress(input: $i) { id } }', {
      i: { personId: person, line1: `${spec.key} ${suffix} Matrix Street`, town: 'Manchester', postcode: 'M1 1AE' },
    })).recordAddress.id as string;
    // A number in the drama range no other test uses.
    const phone = (await as('mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { id } }', {
      i: { caseId: opened.id, personId: person, number: `07700 90090${index}` },
    })).recordPhone.id as string;
    await as('mutation ($i: ShareCaseInput!) { shareCase(input: $i) { id } }', { i: { caseId: opened.id, force: 'MPS', reason: 'Access matrix' } });
    const grading = { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P' };
    const record = (classification: string) =>
      query(env.gatewayUrl, author, RECORD_INTEL, {
        input: { subjectKind: 'CASE', subjectId: opened.id, text: `Item on ${title}`, grading, classification, caveats: [...spec.caveats] },
      }, purpose);
    const item = (await record(spec.classification)).recordIntelligence.id;
    const secretItem = (await record(rank[spec.classification] >= 1 ? spec.classification : 'SECRET')).recordIntelligence.id;
    subjects.push({ ...spec, id: opened.id, reference: opened.reference, title, person, location, item, secretItem, phone, surname });
  }
  // Led by MERPOL, so MERPOL takes part; the hub does not (its detectives have no reach here).
  await as('mutation ($i: CreateOperationInput!) { createOperation(input: $i) { id } }', {
    i: { name: `Matrix operation ${suffix}`, caseIds: subjects.map((s) => s.id), leadForce: 'MERPOL', reason: 'Access matrix' },
  });

  // The viewers: every reach × clearance × caveat.
  for (const reach of Object.keys(reaches) as (keyof typeof reaches)[]) {
    for (const clearance of ['OFFICIAL', 'SECRET', 'TOP_SECRET'] as const) {
      for (const caveat of [true, false]) {
        const name = `m.${reach}.${clearance}.${caveat ? 'c' : 'n'}.${suffix}`.toLowerCase();
        const { force, role } = reaches[reach];
        await admin.createUser({ username: name, force, clearance, caveats: caveat ? ['SENSITIVE'] : [], roles: [role] });
        viewers.push({ name, reach, clearance, caveat, token: '' });
      }
    }
  }
  await Promise.all(viewers.map(async (v) => (v.token = await passwordGrant(env.keycloakUrl, 'crosslink', 'crosslink-cli', v.name, 'crosslink'))));
}, 180_000);

afterAll(() => driver.close());

/** The records the audit trail names for one request and operation. */
async function auditedRecords(requestId: string, operation: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (a:AuditEvent {requestId: $requestId, operation: $operation}) UNWIND a.records AS record RETURN collect(record) AS records',
    { requestId, operation },
  );
  return (records[0]?.get('records') as string[] | undefined) ?? [];
}

/** Runs `work` for every item, `size` at a time. */
async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

const CASE = `query ($reference: String!) { case(reference: $reference) { id title force { code } people { person { id addresses { id } } } } }`;
const LIST = `{ cases(filter: { force: "GMP" }, first: 100) { edges { node { id title } } } }`;
const PERSON_REF = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }`;
const ITEM = `query ($id: ID!) { intelligenceItem(id: $id) { id text grading { code } } }`;
const PHONE_REF = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Phone { id number } } }`;
const SEARCH = `query ($text: String!) { search(text: $text) { node { ... on Person { id } ... on Case { id } } } }`;

describe('the access matrix', () => {
  it('lets every viewer read exactly the cases, people, addresses and items they should, by every path', async () => {
    const failures: string[] = [];
    await inBatches(viewers, 6, async (viewer) => {
      const listed = await postGraphQL(env.gatewayUrl, LIST, {}, { token: viewer.token, headers: purpose });
      const listedIds = new Set((listed.data?.cases?.edges ?? []).map((e: any) => e.node.id));
      for (const subject of subjects) {
        const visible = expectedVisible(viewer, subject);
        const where = `${viewer.name} → ${subject.key}`;
        const check = (path: string, seen: boolean) => {
          if (seen !== visible) failures.push(`${where}: ${path} ${seen ? 'LEAKED' : 'hidden but should be visible'}`);
        };

        const requestId = `matrix-read-${uniqueSuffix()}`;
        const read = await postGraphQL(env.gatewayUrl, CASE, { reference: subject.reference }, {
          token: viewer.token,
          headers: { ...purpose, 'x-request-id': requestId },
        });
        check('case(reference)', read.data?.case?.id === subject.id);
        // The read is audited as a consultation of the case exactly when the case was returned.
        check('audit of case(reference)', (await auditedRecords(requestId, 'CONSULTATION')).includes(`Case:${subject.id}`));
        if (!visible && JSON.stringify(read).includes(subject.title)) failures.push(`${where}: title leaked in ${JSON.stringify(read)}`);
        if (visible) {
          const people = read.data?.case?.people ?? [];
          check('case.people', people.some((p: any) => p.person.id === subject.person));
          check('person.addresses', people.some((p: any) => p.person.addresses.some((a: any) => a.id === subject.location)));
        }
        check('cases(filter)', listedIds.has(subject.id));

        const entity = await postGraphQL(env.subgraphUrls.entities, PERSON_REF, { r: [{ __typename: 'Person', id: subject.person }] }, { token: viewer.token });
        check('entities _entities(Person)', entity.data?._entities?.[0]?.id === subject.person);
        const located = await postGraphQL(env.subgraphUrls.locations, PERSON_REF, { r: [{ __typename: 'Person', id: subject.person }] }, { token: viewer.token });
        check('locations _entities(Person)', located.data?._entities?.[0]?.id === subject.person);

        const phone = await postGraphQL(env.subgraphUrls.entities, PHONE_REF, { r: [{ __typename: 'Phone', id: subject.phone }] }, { token: viewer.token });
        check('entities _entities(Phone)', phone.data?._entities?.[0]?.id === subject.phone);
        const found = await postGraphQL(env.gatewayUrl, SEARCH, { text: subject.surname }, { token: viewer.token, headers: purpose });
        const hits = (found.data?.search ?? []).map((h: any) => h.node.id);
        // Analysts and detectives search; a refusal for another reason would show as a hidden record.
        check('search (person)', hits.includes(subject.person));

        const item = await postGraphQL(env.gatewayUrl, ITEM, { id: subject.item }, { token: viewer.token, headers: purpose });
        check('intelligenceItem', item.data?.intelligenceItem?.id === subject.item);
        const secret = await postGraphQL(env.gatewayUrl, ITEM, { id: subject.secretItem }, { token: viewer.token, headers: purpose });
        const secretVisible = secret.data?.intelligenceItem?.id === subject.secretItem;
        if (secretVisible !== (visible && rank[viewer.clearance] >= 1)) {
          failures.push(`${where}: item graded SECRET ${secretVisible ? 'LEAKED' : 'hidden but should be visible'}`);
        }
      }
    });
    expect(failures).toEqual([]);
  }, 240_000);

  it('lets a viewer record a person only in a case they see, and only in a role that records', async () => {
    const failures: string[] = [];
    await inBatches(viewers.filter((v) => v.caveat), 6, async (viewer) => {
      for (const subject of subjects) {
        const surname = `Matrixwrite${uniqueSuffix()}`;
        const requestId = `matrix-write-${uniqueSuffix()}`;
        const response = await postGraphQL(env.gatewayUrl, RECORD_PERSON, {
          input: { caseId: subject.id, role: 'WITNESS', forenames: 'Matrix', surname },
        }, { token: viewer.token, headers: { ...purpose, 'x-request-id': requestId } });
        const allowed = expectedVisible(viewer, subject) && reaches[viewer.reach].role !== 'analyst';
        const wrote = response.data?.recordPerson?.person?.surname === surname;
        const { records } = await driver.executeQuery('MATCH (p:Person {surname: $surname}) RETURN count(p) AS n', { surname });
        const stored = Number(records[0]?.get('n')) > 0;
        if (wrote !== allowed || stored !== allowed) failures.push(`${viewer.name} → ${subject.key}: write ${wrote ? 'allowed' : 'refused'}, stored ${stored}`);
        const collected = await auditedRecords(requestId, 'COLLECTION');
        const person = response.data?.recordPerson?.person?.id;
        if (allowed !== (person !== undefined && collected.includes(`Person:${person}`))) {
          failures.push(`${viewer.name} → ${subject.key}: write audit ${JSON.stringify(collected)}`);
        }
        if (!allowed) {
          const code = response.errors?.[0]?.extensions?.['code'];
          if (code !== 'CASE_NOT_FOUND' && code !== 'FORBIDDEN') failures.push(`${viewer.name} → ${subject.key}: refused with ${String(code)}`);
          if (JSON.stringify(response).includes(subject.title)) failures.push(`${viewer.name} → ${subject.key}: title leaked`);
        }
      }
    });
    expect(failures).toEqual([]);
  }, 240_000);
});
