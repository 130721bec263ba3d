import { postGraphQL, testEnv, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedRecords, expectedVisible, inBatches, matrixSubjects, matrixViewers, purpose, type Subject, type Viewer } from './support/access-matrix.js';
import { rank } from './support/mutation-matrix.js';
import { closeDriver } from './support/neo4j.js';

// Every reach (own force, shared, operation participant, other force, hub, hub without a cross-force
// role) × clearance (OFFICIAL, SECRET, TOP_SECRET) × caveat (held, missing), against cases of every
// classification and caveat: what each may read through every path. Writes are in the sibling
// access-matrix-*.e2e.ts files.

const env = testEnv();
let viewers: Viewer[] = [];
let subjects: Subject[] = [];

// The subjects are opened within this window: listing it keeps the page to them and the few cases
// other files open meanwhile, however many GMP cases the suite has made before.
let opened: { openedFrom: string; openedTo: string };

beforeAll(async () => {
  const from = new Date(Date.now() - 1000).toISOString();
  [viewers, subjects] = await Promise.all([matrixViewers(), matrixSubjects('0090')]);
  opened = { openedFrom: from, openedTo: new Date(Date.now() + 1000).toISOString() };
}, 240_000);
afterAll(closeDriver);

const CASE = `query ($reference: String!) { case(reference: $reference) { id title force { code } people { person { id addresses { id } } } } }`;
const LIST = `query ($from: DateTime!, $to: DateTime!) {
  cases(filter: { force: "GMP", openedFrom: $from, openedTo: $to }, first: 100) { edges { node { id title } } }
}`;
const PERSON_REF = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }`;
const ITEM = `query ($id: ID!) { intelligenceItem(id: $id) { id text grading { code } } }`;
const PHONE_REF = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Phone { id number } } }`;
const SEARCH = `query ($text: String!) { search(text: $text) { node { ... on Person { id } ... on Case { id } } } }`;

describe('the access matrix, reads', () => {
  it('lets every viewer read exactly the cases, people, addresses and items they should, by every path', async () => {
    const failures: string[] = [];
    await inBatches(viewers, 6, async (viewer) => {
      const listed = await postGraphQL(env.gatewayUrl, LIST, { from: opened.openedFrom, to: opened.openedTo }, { token: viewer.token, headers: purpose });
      const listedIds = new Set((listed.data?.cases?.edges ?? []).map((e: any) => e.node.id));
      for (const subject of subjects) {
        const visible = expectedVisible(viewer, subject);
        const where = `${viewer.name} → ${subject.key}`;
        const check = (path: string, seen: boolean) => {
          if (seen !== visible) failures.push(`${where}: ${path} ${seen ? 'LEAKED' : 'hidden but should be visible'}`);
        };

        const requestId = `matrix-read-${uniqueSuffix()}`;
        const read = await postGraphQL(
          env.gatewayUrl,
          CASE,
          { reference: subject.reference },
          {
            token: viewer.token,
            headers: { ...purpose, 'x-request-id': requestId },
          },
        );
        check('case(reference)', read.data?.case?.id === subject.id);
        // The read is audited as a consultation of the case exactly when the case was returned.
        check('audit of case(reference)', (await auditedRecords(requestId, 'CONSULTATION')).includes(`Case:${subject.id}`));
        if (!visible && JSON.stringify(read).includes(subject.title)) failures.push(`${where}: title leaked in ${JSON.stringify(read)}`);
        if (visible) {
          const people = read.data?.case?.people ?? [];
          check(
            'case.people',
            people.some((p: any) => p.person.id === subject.person),
          );
          check(
            'person.addresses',
            people.some((p: any) => p.person.addresses.some((a: any) => a.id === subject.location)),
          );
        }
        check('cases(filter)', listedIds.has(subject.id));

        const entity = await postGraphQL(
          env.subgraphUrls.entities,
          PERSON_REF,
          { r: [{ __typename: 'Person', id: subject.person }] },
          { token: viewer.token, headers: purpose },
        );
        check('entities _entities(Person)', entity.data?._entities?.[0]?.id === subject.person);
        const located = await postGraphQL(
          env.subgraphUrls.locations,
          PERSON_REF,
          { r: [{ __typename: 'Person', id: subject.person }] },
          { token: viewer.token, headers: purpose },
        );
        check('locations _entities(Person)', located.data?._entities?.[0]?.id === subject.person);

        const phone = await postGraphQL(
          env.subgraphUrls.entities,
          PHONE_REF,
          { r: [{ __typename: 'Phone', id: subject.phone }] },
          { token: viewer.token, headers: purpose },
        );
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
});
