import { principalOf } from '../testing/principal.js';
import { ApolloServer, HeaderMap } from '@apollo/server';
// graphql's CommonJS build, the one Apollo uses (a bare import here would get its ESM build).
import { buildSchema, type GraphQLFieldResolver, type GraphQLObjectType } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { formatError } from '../graphql/format-error.js';
import type { AuditEntry } from './audit-event.js';
import {
  attest,
  AttestationCheck,
  ATTESTATION_HEADER,
  AUDIT_EXTENSION,
  auditPlugin,
  auditReads,
  WITHHELD_EXTENSION,
  type AuditedContext,
} from './read-audit.js';
import { RequestAudit } from './request-audit.js';

const principal = principalOf('detective.gmp', { userId: 'u1', displayName: 'Detective' });

const typeDefs = `
  type Case { id: ID! force: String! title: String! people: [Person!]! }
  type Person { id: ID! name: String! cases: [PersonCaseRole!]! }
  type PersonCaseRole { role: String! case: Case! }
  type CaseEdge { cursor: String! node: Case! }
  type PageInfo { hasNextPage: Boolean! }
  type CaseConnection { edges: [CaseEdge!]! pageInfo: PageInfo! }
  type Query { case(id: ID!): Case cases: [Case!]! casePage: CaseConnection! person(id: ID!): Person }
  type Mutation { recordPerson(id: ID!): Person }
`;
/** People as the entities repositories return them: `foreign` when seen only through another force's case. */
const people: Record<string, { id: string; name: string; foreign: boolean }> = {
  mine: { id: 'mine', name: 'Mine', foreign: false },
  theirs: { id: 'theirs', name: 'Theirs', foreign: true },
};
const cases: Record<string, { id: string; force: string; title: string; people: { id: string; name: string }[] }> = {
  own: { id: 'own', force: 'GMP', title: 'Own case', people: [{ id: 'p1', name: 'A' }] },
  theirs: { id: 'theirs', force: 'MPS', title: 'Their case', people: [{ id: 'p2', name: 'B' }] },
};

/** A trail that records the audit appends it is asked for, or fails them. */
function executor(fail = false) {
  const appended: AuditEntry[][] = [];
  const fake = {
    append: async (entries: AuditEntry[]) => {
      if (fail) throw new Error('disk full');
      appended.push(entries);
    },
  };
  return { appended, executor: fake };
}

const key = 'a-test-attestation-key-of-32-chars-or-more';
const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl';

/** Headers of a call the gateway attests with `signingKey` (for `attestedQuery`, which may differ from what is sent). */
function attestedHeaders(query: string, signingKey = key): HeaderMap {
  const headers = new HeaderMap([['authorization', `Bearer ${token}`]]);
  headers.set(ATTESTATION_HEADER, attest(signingKey, { audience: 'cases', requestId: 'req-1', token, query, variables: {} }));
  return headers;
}

async function run(
  query: string,
  purpose: string | null,
  fail = false,
  headers?: HeaderMap,
  attestations = new AttestationCheck(key, 'cases', Date.now() - 1000),
) {
  const fake = executor(fail);
  const schema = buildSchema(typeDefs);
  const resolve = (type: string, field: string, resolver: GraphQLFieldResolver<any, any, any>) => {
    (schema.getType(type) as GraphQLObjectType).getFields()[field]!.resolve = resolver;
  };
  resolve('Query', 'case', (_: unknown, args: { id: string }) => cases[args.id] ?? null);
  resolve('Query', 'cases', () => Object.values(cases));
  resolve('Query', 'casePage', async () => ({ edges: Object.values(cases).map((node) => ({ cursor: node.id, node })), pageInfo: { hasNextPage: false } }));
  resolve('Query', 'person', (_: unknown, args: { id: string }) => people[args.id] ?? null);
  // A person's roles as the repository returns them: the case by id, foreign when another force's.
  resolve('Person', 'cases', () => [
    { role: 'SUSPECT', caseId: 'own', foreign: false },
    { role: 'VICTIM', caseId: 'theirs', foreign: true },
  ]);
  resolve('PersonCaseRole', 'case', (role: { caseId: string }) => cases[role.caseId]);
  resolve('Mutation', 'recordPerson', (_: unknown, args: { id: string }) => people[args.id] ?? null);
  const server = new ApolloServer<AuditedContext>({
    schema: auditReads(schema),
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: [auditPlugin(fake.executor, attestations)],
  });
  await server.start();
  const audit = new RequestAudit(principal, 'req-1', purpose, 'cases');
  const http = headers === undefined ? undefined : { method: 'POST', headers, search: '', body: {} };
  const response = await server.executeOperation({ query, variables: {}, ...(http ? { http } : {}) }, { contextValue: { audit } });
  await server.stop();
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  return { body, appended: fake.appended };
}

describe('the read audit in a subgraph', () => {
  it('writes one consultation per root field, naming every record that reached the response, nested ones too', async () => {
    const { body, appended } = await run('{ case(id: "own") { id title people { name } } }', null);
    expect(body?.errors).toBeUndefined();
    expect(appended).toHaveLength(1);
    expect(appended[0]).toEqual([
      expect.objectContaining({ operation: 'CONSULTATION', action: 'Query.case', records: ['Case:own', 'Person:p1'], username: 'detective.gmp' }),
    ]);
  });

  it('writes nothing when nothing with an id was read', async () => {
    const { appended } = await run('{ case(id: "none") { id } }', null);
    expect(appended).toEqual([]);
  });

  it('answers a list without a purpose with the caller’s own records, saying how many of other forces it left out', async () => {
    for (const query of ['{ cases { id title } }', '{ casePage { edges { node { title } } } }']) {
      const { body, appended } = await run(query, null);
      expect(body?.errors, query).toBeUndefined();
      expect(JSON.stringify(body?.data)).toContain('Own case');
      expect(JSON.stringify(body)).not.toContain('Their case');
      expect(body?.extensions?.[WITHHELD_EXTENSION]).toMatchObject({ count: 1, code: 'PURPOSE_REQUIRED' });
      expect(appended[0]).toEqual([expect.objectContaining({ records: ['Case:own'] })]);
    }
  });

  it('refuses a single record of another force without a purpose, naming it', async () => {
    const { body, appended } = await run('{ case(id: "theirs") { title } }', null);
    expect(body?.data).toEqual({ case: null });
    expect(body?.errors?.[0]?.extensions).toMatchObject({ code: 'PURPOSE_REQUIRED', record: 'Case:theirs' });
    expect(JSON.stringify(body)).not.toContain('Their case');
    expect(appended).toEqual([]);
  });

  it('audits what the service returned whatever the client selected: no id, only __typename, roles without their case', async () => {
    const typename = await run('{ case(id: "own") { __typename } }', null);
    expect(typename.appended[0]).toEqual([expect.objectContaining({ action: 'Query.case', records: ['Case:own'] })]);
    const roles = await run('{ person(id: "mine") { cases { role } } }', 'Joint operation review');
    expect(roles.appended[0]).toEqual([expect.objectContaining({ action: 'Query.person', records: ['Case:own', 'Case:theirs', 'Person:mine'] })]);
    const withheld = await run('{ person(id: "mine") { cases { role } } }', null);
    expect(JSON.stringify(withheld.body?.data)).not.toContain('VICTIM');
    expect(withheld.body?.extensions?.[WITHHELD_EXTENSION]).toMatchObject({ count: 1 });
    expect(withheld.appended[0]).toEqual([expect.objectContaining({ records: ['Case:own', 'Person:mine'] })]);
  });

  it('refuses a person seen only through another force’s case without a purpose, and answers one seen through an own case', async () => {
    const refused = await run('{ person(id: "theirs") { id name } }', null);
    expect(refused.body?.errors?.[0]?.extensions).toMatchObject({ code: 'PURPOSE_REQUIRED', record: 'Person:theirs' });
    expect(JSON.stringify(refused.body)).not.toContain('Theirs');
    expect(refused.appended).toEqual([]);
    const answered = await run('{ person(id: "mine") { id name } }', null);
    expect(answered.body?.errors).toBeUndefined();
    expect(answered.appended[0]?.[0]).toMatchObject({ records: ['Person:mine'] });
  });

  it('withholds a mutation’s answer that reaches another force’s data without a purpose', async () => {
    const { body } = await run('mutation { recordPerson(id: "theirs") { id name } }', null);
    expect(body?.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
    expect(JSON.stringify(body)).not.toContain('Theirs');
  });

  it('answers with a purpose, and records it', async () => {
    const { body, appended } = await run('{ cases { id title } }', 'Joint operation review');
    expect(body?.errors).toBeUndefined();
    expect(appended[0]?.[0]).toMatchObject({ purpose: 'Joint operation review', records: ['Case:own', 'Case:theirs'] });
  });

  it('fails closed: when the audit cannot be written, the answer is withheld', async () => {
    const { body } = await run('{ case(id: "own") { id title } }', null, true);
    expect(body?.data).toBeUndefined();
    expect(body?.errors?.[0]?.extensions?.['code']).toBe('AUDIT_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toContain('Own case');
  });

  it('tells the truth of a mutation whose change committed but whose answer cannot be audited: made, with its id', async () => {
    const { body } = await run('mutation { recordPerson(id: "mine") { id name } }', null, true);
    expect(body?.data).toEqual({ recordPerson: { id: 'mine' } });
    expect(body?.errors).toEqual([expect.objectContaining({ extensions: { code: 'AUDIT_UNAVAILABLE', changeMade: true } })]);
    expect(JSON.stringify(body)).not.toContain('Mine');
  });

  it('returns the consultations to the gateway instead of writing them when the gateway attests the call', async () => {
    const query = '{ case(id: "own") { id title people { name } } }';
    const { body, appended } = await run(query, null, false, attestedHeaders(query));
    expect(appended).toEqual([]);
    expect(body?.data).toBeDefined();
    expect(body?.extensions?.[AUDIT_EXTENSION]).toEqual([
      expect.objectContaining({ operation: 'CONSULTATION', action: 'Query.case', records: ['Case:own', 'Person:p1'], requestId: 'req-1' }),
    ]);
  });

  it('audits a call itself when its attestation is for another query or made with another key', async () => {
    const query = '{ case(id: "own") { id title } }';
    for (const headers of [attestedHeaders('{ case(id: "other") { id } }'), attestedHeaders(query, 'another-key-of-at-least-32-characters!')]) {
      const { body, appended } = await run(query, null, false, headers);
      expect(appended).toHaveLength(1);
      expect(body?.extensions?.[AUDIT_EXTENSION]).toBeUndefined();
    }
  });

  it('still withholds another force’s case without a purpose when the gateway audits', async () => {
    const query = '{ cases { id title } }';
    const { body } = await run(query, null, false, attestedHeaders(query));
    expect(JSON.stringify(body)).not.toContain('Their case');
    expect(body?.extensions?.[WITHHELD_EXTENSION]).toMatchObject({ count: 1 });
    const single = await run('{ case(id: "theirs") { title } }', null, false, attestedHeaders('{ case(id: "theirs") { title } }'));
    expect(single.body?.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
  });

  it('audits a replayed attested call itself: the attestation is spent by the first call', async () => {
    const query = '{ case(id: "own") { id title } }';
    const headers = attestedHeaders(query);
    const attestations = new AttestationCheck(key, 'cases', Date.now() - 1000);
    const first = await run(query, null, false, headers, attestations);
    expect(first.appended).toEqual([]);
    expect(first.body?.extensions?.[AUDIT_EXTENSION]).toHaveLength(1);
    const replay = await run(query, null, false, headers, attestations);
    expect(replay.body?.extensions?.[AUDIT_EXTENSION]).toBeUndefined();
    expect(replay.appended).toEqual([[expect.objectContaining({ operation: 'CONSULTATION', action: 'Query.case', records: ['Case:own'] })]]);
  });

  it('audits a call itself when its attestation names another subgraph', async () => {
    const query = '{ case(id: "own") { id title } }';
    const { appended } = await run(query, null, false, attestedHeaders(query), new AttestationCheck(key, 'entities', Date.now() - 1000));
    expect(appended).toHaveLength(1);
  });
});
