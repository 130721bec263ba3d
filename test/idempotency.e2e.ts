import { postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { gql } from './support/coordination.js';
import { openCase } from './support/fixtures.js';
import { closeDriver, count } from './support/neo4j.js';

afterAll(closeDriver);

// A create retried with the same idempotency key returns what the first attempt made, once.
const CREATE = `mutation ($input: CreateCaseInput!) { createCase(input: $input) { reference replayed case { id } } }`;
const OPERATION = `mutation ($input: CreateOperationInput!) { createOperation(input: $input) { id } }`;
const RAISE = `mutation ($input: RaiseActionInput!) { raiseAction(input: $input) { id } }`;
const EVENT = `mutation ($input: RecordEventInput!) { recordEvent(input: $input) { id } }`;

async function codeOf(username: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await postGraphQL(testEnv().gatewayUrl, query, variables, {
    token: await tokenFor(username),
    headers: { 'x-crosslink-purpose': 'Idempotency test' },
  });
  return response.errors?.[0]?.extensions?.['code'];
}

describe('idempotent creates', () => {
  it('opens a case once per key, tells a retry it replayed, and refuses the key for something else', async () => {
    const key = `case-${uniqueSuffix()}`;
    const title = `Idempotent ${uniqueSuffix()}`;
    const first = (await gql('detective.gmp', CREATE, { input: { title, idempotencyKey: key } })).createCase;
    const again = (await gql('detective.gmp', CREATE, { input: { title, idempotencyKey: key } })).createCase;
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await count('MATCH (c:Case {title: $title})', { title })).toBe(1);
    expect(await codeOf('detective.gmp', CREATE, { input: { title: `${title} changed`, idempotencyKey: key } })).toBe('IDEMPOTENCY_KEY_REUSED');
    // Keys are each user's own: the same key from someone else is a new request.
    const theirs = (await gql('supervisor.gmp', CREATE, { input: { title, idempotencyKey: key } })).createCase;
    expect(theirs.case.id).not.toBe(first.case.id);
    expect(await codeOf('detective.gmp', CREATE, { input: { title, idempotencyKey: 'bad key!' } })).toBe('VALIDATION_FAILED');
  });

  it('sets up an operation, raises an action and records an event once per key', async () => {
    const gmpCase = await openCase('detective.gmp');
    const opKey = `op-${uniqueSuffix()}`;
    const opInput = { name: `Op Once ${uniqueSuffix()}`, caseIds: [gmpCase.id], reason: 'Retry-safe', idempotencyKey: opKey };
    const op = (await gql('supervisor.gmp', OPERATION, { input: opInput })).createOperation.id;
    expect((await gql('supervisor.gmp', OPERATION, { input: opInput })).createOperation.id).toBe(op);
    expect(await count('MATCH (o:Operation {name: $name})', { name: opInput.name })).toBe(1);
    expect(await codeOf('supervisor.gmp', OPERATION, { input: { ...opInput, reason: 'Other' } })).toBe('IDEMPOTENCY_KEY_REUSED');

    const actionInput = { caseId: gmpCase.id, description: `Once ${uniqueSuffix()}`, idempotencyKey: `action-${uniqueSuffix()}` };
    const action = (await gql('detective.gmp', RAISE, { input: actionInput })).raiseAction.id;
    expect((await gql('detective.gmp', RAISE, { input: actionInput })).raiseAction.id).toBe(action);
    expect(await count('MATCH (a:Action {description: $d})', { d: actionInput.description })).toBe(1);
    expect(await codeOf('detective.gmp', RAISE, { input: { ...actionInput, priority: 'HIGH' } })).toBe('IDEMPOTENCY_KEY_REUSED');

    const eventInput = {
      caseId: gmpCase.id,
      kind: 'SIGHTING',
      description: `Once ${uniqueSuffix()}`,
      occurredAt: '2026-01-02',
      idempotencyKey: `event-${uniqueSuffix()}`,
    };
    const event = (await gql('detective.gmp', EVENT, { input: eventInput })).recordEvent.id;
    expect((await gql('detective.gmp', EVENT, { input: eventInput })).recordEvent.id).toBe(event);
    expect(await count('MATCH (e:Event {description: $d})', { d: eventInput.description })).toBe(1);
    expect(await codeOf('detective.gmp', EVENT, { input: { ...eventInput, occurredAt: '2026-01-03' } })).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('makes one case of many concurrent attempts with one key', async () => {
    const key = `race-${uniqueSuffix()}`;
    const title = `Raced ${uniqueSuffix()}`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => gql('detective.gmp', CREATE, { input: { title, idempotencyKey: key } })));
    expect(new Set(answers.map((a) => a.createCase.case.id)).size).toBe(1);
    expect(answers.filter((a) => !a.createCase.replayed)).toHaveLength(1);
    expect(await count('MATCH (c:Case {title: $title})', { title })).toBe(1);
  });
});
