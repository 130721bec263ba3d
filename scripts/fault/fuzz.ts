// Abusive and malformed requests the fault suite sends while the load runs: malformed JSON, huge
// alias lists, variables that do not fit, malformed UTF-16, forged cursors and dates, odd operation
// names and headers, malformed `_entities` to a subgraph. Each must be refused as a client error:
// an HTTP status below 500, only catalogued codes, never INTERNAL; a malformed write must not be
// accepted. The list is fixed and cycled; the count of requests is bounded by the caller.
import type { Endpoints } from '../bench/load-stack.js';

export interface FuzzCase {
  readonly category: 'malformed JSON' | 'huge aliases' | 'bad variables' | 'bad UTF-16' | 'bad cursors' | 'bad operations' | 'bad headers' | 'bad _entities';
  readonly name: string;
  /** `gateway`, or a subgraph called directly. */
  readonly target: 'gateway' | 'cases' | 'entities';
  /** Sent as it is when a string; serialised otherwise. */
  readonly body: unknown;
  readonly headers?: Record<string, string>;
  /** Send no bearer token (the case is about authentication). */
  readonly anonymous?: boolean;
  /** The request asks for something that must not be done (a write of malformed data): success is a defect. */
  readonly mustRefuse?: boolean;
  /** Costly: sent at most once per run. */
  readonly heavy?: boolean;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const LIST = 'query ($after: String, $f: CaseFilter) { cases(filter: $f, first: 5, after: $after) { edges { node { id } } } }';
const CREATE = 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { case { id } } }';

function aliases(n: number, field: string): string {
  return `query ($r: String!) { ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** The fixed list of fuzz cases; `reference` is a case the fuzzing user (detective.gmp) may see. */
export function fuzzCases(tag: string, reference: string): FuzzCase[] {
  const cursorList = (after: string): FuzzCase => ({
    category: 'bad cursors',
    name: `cursor ${JSON.stringify(after).slice(0, 40)}`,
    target: 'gateway',
    body: { query: LIST, variables: { after, f: { force: 'GMP' } } },
  });
  const createWith = (name: string, title: string, mustRefuse = true): FuzzCase => ({
    category: 'bad UTF-16',
    name,
    target: 'gateway',
    body: { query: CREATE, variables: { i: { title } } },
    mustRefuse,
  });
  return [
    // Malformed JSON and bodies of the wrong shape.
    { category: 'malformed JSON', name: 'truncated object', target: 'gateway', body: '{"query": "{ __typename }"' },
    { category: 'malformed JSON', name: 'lone brace', target: 'gateway', body: '{' },
    { category: 'malformed JSON', name: 'empty body', target: 'gateway', body: '' },
    { category: 'malformed JSON', name: 'null', target: 'gateway', body: 'null' },
    { category: 'malformed JSON', name: 'a string', target: 'gateway', body: '"{ __typename }"' },
    { category: 'malformed JSON', name: 'query is a number', target: 'gateway', body: '{"query": 42}' },
    { category: 'malformed JSON', name: 'variables is a string', target: 'gateway', body: { query: LIST, variables: 'after=x' } },
    { category: 'malformed JSON', name: 'batched array', target: 'gateway', body: [{ query: '{ __typename }' }, { query: '{ __typename }' }] },
    { category: 'malformed JSON', name: 'trailing garbage', target: 'gateway', body: '{"query": "{ __typename }"} xyz' },
    {
      category: 'malformed JSON',
      name: 'invalid UTF-8 bytes',
      target: 'gateway',
      body: new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    },
    { category: 'malformed JSON', name: 'text/plain body', target: 'gateway', body: '{"query": "{ __typename }"}', headers: { 'content-type': 'text/plain' } },
    {
      category: 'malformed JSON',
      name: 'deeply nested JSON',
      target: 'gateway',
      body: `{"query": "{ __typename }", "variables": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
    },
    { category: 'malformed JSON', name: 'unparsable GraphQL', target: 'gateway', body: { query: '{ cases(first: ) {' } },
    // Alias and cost abuse.
    {
      category: 'huge aliases',
      name: '200 aliases of a case',
      target: 'gateway',
      body: { query: aliases(200, 'case(reference: $r) { id title }'), variables: { r: reference } },
      heavy: true,
    },
    {
      category: 'huge aliases',
      name: '2,000 aliases of __typename',
      target: 'gateway',
      body: { query: aliases(2000, '__typename'), variables: { r: reference } },
      heavy: true,
    },
    {
      category: 'huge aliases',
      name: '100 aliases of a dossier',
      target: 'gateway',
      heavy: true,
      body: {
        query: aliases(100, 'case(reference: $r) { id people { person { id addresses { id } } } timeline(first: 20) { edges { node { id } } } }'),
        variables: { r: reference },
      },
    },
    // Variables that do not fit.
    { category: 'bad variables', name: 'title is a number', target: 'gateway', body: { query: CREATE, variables: { i: { title: 123 } } }, mustRefuse: true },
    { category: 'bad variables', name: 'input missing', target: 'gateway', body: { query: CREATE, variables: {} }, mustRefuse: true },
    { category: 'bad variables', name: 'input null', target: 'gateway', body: { query: CREATE, variables: { i: null } }, mustRefuse: true },
    {
      category: 'bad variables',
      name: 'unknown input field',
      target: 'gateway',
      body: { query: CREATE, variables: { i: { title: `${tag} unknown field`, colour: 'red' } } },
      mustRefuse: true,
    },
    {
      category: 'bad variables',
      name: 'bad enum value',
      target: 'gateway',
      body: { query: CREATE, variables: { i: { title: `${tag} bad enum`, priority: 'URGENTEST' } } },
      mustRefuse: true,
    },
    {
      category: 'bad variables',
      name: '5,000 bad enum values',
      target: 'gateway',
      mustRefuse: true,
      body: { query: CREATE, variables: { i: { title: `${tag} many bad enums`, crimeTypes: Array.from({ length: 5000 }, (_, i) => `NOPE${i}`) } } },
    },
    {
      category: 'bad variables',
      name: 'title of 100,000 characters',
      target: 'gateway',
      body: { query: CREATE, variables: { i: { title: `${tag} ${'x'.repeat(100_000)}` } } },
      mustRefuse: true,
    },
    { category: 'bad variables', name: 'first: -1', target: 'gateway', body: { query: 'query { cases(first: -1) { edges { node { id } } } }' } },
    {
      category: 'bad variables',
      name: 'first: 2^31-1',
      target: 'gateway',
      body: { query: 'query { cases(first: 2147483647, filter: { force: "GMP" }) { edges { node { id } } } }' },
    },
    {
      category: 'bad variables',
      name: 'openedFrom 2026-02-30',
      target: 'gateway',
      body: { query: LIST, variables: { f: { force: 'GMP', openedFrom: '2026-02-30T00:00:00Z' } } },
    },
    {
      category: 'bad variables',
      name: 'openedFrom T24:00',
      target: 'gateway',
      body: { query: LIST, variables: { f: { force: 'GMP', openedFrom: '2026-01-01T24:00:00Z' } } },
    },
    {
      category: 'bad variables',
      name: 'event in the future',
      target: 'gateway',
      body: {
        query: 'mutation ($i: RecordEventInput!) { recordEvent(input: $i) { id } }',
        variables: { i: { caseId: '00000000-0000-4000-8000-000000000000', kind: 'INCIDENT', description: 'x', occurredAt: '2999-01-01' } },
      },
      mustRefuse: true,
    },
    {
      category: 'bad variables',
      name: 'caseId not an id',
      target: 'gateway',
      body: { query: 'query ($r: String!) { case(reference: $r) { id } }', variables: { r: "' OR 1=1 //" } },
    },
    { category: 'bad variables', name: 'force that does not exist', target: 'gateway', body: { query: LIST, variables: { f: { force: 'GMPX' } } } },
    // Malformed strings.
    createWith('lone high surrogate in a title', `${tag} \ud800 lone`),
    createWith('lone low surrogate in a title', `${tag} \udfff lone`),
    createWith('reversed surrogate pair in a title', `${tag} \udc00\ud800`),
    createWith('NUL in a title', `${tag} \u0000 nul`, false),
    createWith('bidi override in a title', `${tag} \u202e evil`, false),
    {
      category: 'bad UTF-16',
      name: 'lone surrogate in a search',
      target: 'gateway',
      body: { query: 'query ($t: String!) { search(text: $t, first: 1) { kind } }', variables: { t: '\ud83d' } },
    },
    {
      category: 'bad UTF-16',
      name: 'lone surrogate in a reference',
      target: 'gateway',
      body: { query: 'query ($r: String!) { case(reference: $r) { id } }', variables: { r: 'GMP-\udbff' } },
    },
    // Forged cursors.
    cursorList('garbage'),
    cursorList(b64('["0","x"]')),
    cursorList(b64url('["0","x"]')),
    cursorList(b64('["2026-01-01","x"]')),
    cursorList(b64('["Tue, 01 Jan 2030 00:00:00 GMT","00000000-0000-4000-8000-000000000000"]')),
    cursorList('2026-01-01'),
    cursorList(b64('[]')),
    cursorList(b64('{"a":1}')),
    cursorList('A'.repeat(20_000)),
    cursorList('\ud800'),
    {
      category: 'bad cursors',
      name: 'history cursor forged',
      target: 'gateway',
      body: {
        query: 'query ($r: String!, $a: String) { case(reference: $r) { history(first: 2, after: $a) { edges { node { id } } } } }',
        variables: { r: reference, a: b64('["x","y"]') },
      },
    },
    // Operations and documents.
    { category: 'bad operations', name: 'wrong operationName', target: 'gateway', body: { query: 'query A { __typename }', operationName: 'B' } },
    {
      category: 'bad operations',
      name: 'two operations, no operationName',
      target: 'gateway',
      body: { query: 'query A { __typename } query B { __typename }' },
    },
    { category: 'bad operations', name: 'operationName not a string', target: 'gateway', body: { query: 'query A { __typename }', operationName: 7 } },
    { category: 'bad operations', name: 'subscription', target: 'gateway', body: { query: 'subscription { cases { id } }' } },
    { category: 'bad operations', name: 'unknown field', target: 'gateway', body: { query: '{ casez { id } }' } },
    {
      category: 'bad operations',
      name: 'people-cases-people nesting',
      target: 'gateway',
      body: { query: 'query ($r: String!) { case(reference: $r) { people { person { cases { case { people { role } } } } } } }', variables: { r: reference } },
    },
    { category: 'bad operations', name: 'mutation over GET-like empty query', target: 'gateway', body: { query: '' } },
    { category: 'bad operations', name: 'no token', target: 'gateway', body: { query: '{ __typename }' }, anonymous: true },
    {
      category: 'bad operations',
      name: 'forged token',
      target: 'gateway',
      body: { query: '{ __typename }' },
      anonymous: true,
      headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' },
    },
    // Headers.
    {
      category: 'bad headers',
      name: 'purpose of 600 characters',
      target: 'gateway',
      body: { query: LIST, variables: { f: { force: 'MPS' } } },
      headers: { 'x-crosslink-purpose': 'p'.repeat(600) },
    },
    {
      category: 'bad headers',
      name: 'purpose of one character',
      target: 'gateway',
      body: { query: LIST, variables: { f: { force: 'MPS' } } },
      headers: { 'x-crosslink-purpose': 'x' },
    },
    {
      category: 'bad headers',
      name: 'purpose with C1 controls',
      target: 'gateway',
      body: { query: LIST, variables: { f: { force: 'MPS' } } },
      headers: { 'x-crosslink-purpose': 'Review \u0085\u009b of the case' },
    },
    {
      category: 'bad headers',
      name: 'odd request id',
      target: 'gateway',
      body: { query: '{ __typename }' },
      headers: { 'x-request-id': '../../etc/passwd\t' },
    },
    // Malformed representations sent to subgraphs directly.
    {
      category: 'bad _entities',
      name: 'empty representation',
      target: 'entities',
      body: { query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [{}] } },
    },
    {
      category: 'bad _entities',
      name: 'typename only',
      target: 'entities',
      body: {
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { people { role } } } }',
        variables: { r: [{ __typename: 'Case' }] },
      },
    },
    {
      category: 'bad _entities',
      name: 'unknown typename',
      target: 'cases',
      body: { query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [{ __typename: 'Nope', id: 'x' }] } },
    },
    {
      category: 'bad _entities',
      name: 'id is an object',
      target: 'cases',
      body: {
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { title } } }',
        variables: { r: [{ __typename: 'Case', id: { $ne: null } }] },
      },
    },
    {
      category: 'bad _entities',
      name: 'representations not a list',
      target: 'entities',
      body: { query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: 'x' } },
    },
    {
      category: 'bad _entities',
      name: '20,000 representations',
      target: 'cases',
      heavy: true,
      body: {
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { title } } }',
        variables: { r: Array.from({ length: 20_000 }, () => ({ __typename: 'Case', id: '00000000-0000-4000-8000-000000000000' })) },
      },
    },
  ];
}

export function fuzzUrl(urls: Endpoints, target: FuzzCase['target']): string {
  return target === 'gateway' ? urls.gateway : urls.subgraphs[target];
}
