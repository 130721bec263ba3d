import { postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ADD_CASE, CREATE_OPERATION, gql, OPERATION, refused } from './support/coordination.js';
import { openCase } from './support/fixtures.js';
import { auditEventsOf, closeDriver, count } from './support/neo4j.js';

afterAll(closeDriver);

// Only a case's owning force (or the hub) decides which operations its case joins, and so which
// forces see it; a supervisor who sees another force's case through an operation cannot pass it on.

const ADD_PARTICIPANT = `mutation ($input: AddOperationParticipantInput!) { addOperationParticipant(input: $input) { id participants { code } } }`;
const REMOVE_CASE = `mutation ($input: RemoveCaseFromOperationInput!) { removeCaseFromOperation(input: $input) { id cases(first: 10) { edges { node { id } } } } }`;
const CASE_BY_ID = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id title } } }`;
const codes = (forces: { code: string }[]) => forces.map((f) => f.code).sort();

/** A hub-led operation joining a Met case and a GMP case, so GMP sees the Met case through it. */
async function hubOperation(): Promise<{ id: string; metCase: string; gmpCase: string }> {
  const metCase = (await openCase('detective.met')).id;
  const gmpCase = (await openCase('detective.gmp')).id;
  const op = (
    await gql('supervisor.nca', CREATE_OPERATION, {
      input: { name: `Op Hub ${uniqueSuffix()}`, caseIds: [metCase, gmpCase], leadForce: 'NCA', reason: 'Linked by a phone' },
    })
  ).createOperation;
  return { id: op.id, metCase, gmpCase };
}

async function merseysideSees(caseId: string): Promise<boolean> {
  const response = await postGraphQL(
    testEnv().subgraphUrls.cases,
    CASE_BY_ID,
    { r: [{ __typename: 'Case', id: caseId }] },
    {
      token: await tokenFor('detective.merpol'),
      headers: { 'x-crosslink-purpose': 'Checking what Merseyside sees' },
    },
  );
  return response.data?._entities?.[0]?.id === caseId;
}

describe('who may put a case in an operation, and who then sees it', () => {
  it('refuses a force supervisor joining another force’s case they see through an operation', async () => {
    const hub = await hubOperation();
    // GMP sees the Met case through the hub operation, but it is not GMP's to pass on.
    expect(
      await refused('supervisor.gmp', CREATE_OPERATION, { input: { name: `Op Pass ${uniqueSuffix()}`, caseIds: [hub.metCase], reason: 'Passing it on' } }),
    ).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.caseIds.0',
    });
    const gmpOwn = (await openCase('detective.gmp')).id;
    const gmpOp = (await gql('supervisor.gmp', CREATE_OPERATION, { input: { name: `Op Local ${uniqueSuffix()}`, caseIds: [gmpOwn], reason: 'Local' } }))
      .createOperation;
    expect(await refused('supervisor.gmp', ADD_CASE, { input: { operationId: gmpOp.id, caseId: hub.metCase, reason: 'Passing it on' } })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.caseId',
    });
    expect(await count('MATCH (:Case {id: $id})-[:PART_OF]->(:Operation {id: $op})', { id: hub.metCase, op: gmpOp.id })).toBe(0);
    expect(await merseysideSees(hub.metCase)).toBe(false);
  });

  it('lets a force add a participant only to what it owns, with a purpose; the hub coordinates for every force', async () => {
    const hub = await hubOperation();
    const gmpOwn = (await openCase('detective.gmp')).id;
    const gmpOp = (await gql('supervisor.gmp', CREATE_OPERATION, { input: { name: `Op Mixed ${uniqueSuffix()}`, caseIds: [gmpOwn], reason: 'Local' } }))
      .createOperation;
    // The hub joins the Met case to GMP's operation: the Met case's owner did not agree to more forces seeing it.
    await gql('supervisor.nca', ADD_CASE, { input: { operationId: gmpOp.id, caseId: hub.metCase, reason: 'Same controller' } });
    expect(await refused('supervisor.gmp', ADD_PARTICIPANT, { input: { operationId: gmpOp.id, force: 'MERPOL', reason: 'Anfield link' } })).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.force',
    });
    expect(await merseysideSees(hub.metCase)).toBe(false);

    // An operation of GMP's own cases only: GMP may bring Merseyside in — stating a purpose.
    const ownOp = (await gql('supervisor.gmp', CREATE_OPERATION, { input: { name: `Op Own ${uniqueSuffix()}`, caseIds: [gmpOwn], reason: 'Local' } }))
      .createOperation;
    const withoutPurpose = await postGraphQL(
      testEnv().gatewayUrl,
      ADD_PARTICIPANT,
      { input: { operationId: ownOp.id, force: 'MERPOL', reason: 'Anfield link' } },
      { token: await tokenFor('supervisor.gmp') },
    );
    expect(withoutPurpose.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
    expect(await count('MATCH (:Operation {id: $op})-[:HAS_PARTICIPANT]->(:Force {code: "MERPOL"})', { op: ownOp.id })).toBe(0);
    const added = (await gql('supervisor.gmp', ADD_PARTICIPANT, { input: { operationId: ownOp.id, force: 'MERPOL', reason: 'Anfield link' } }))
      .addOperationParticipant;
    expect(codes(added.participants)).toEqual(['GMP', 'MERPOL']);
    expect(
      await count('MATCH (:Operation {id: $op})-[p:HAS_PARTICIPANT]->(:Force {code: "MERPOL"}) WHERE p.reason = "Anfield link" AND p.by = "supervisor.gmp"', {
        op: ownOp.id,
      }),
    ).toBe(1);
    expect(await merseysideSees(gmpOwn)).toBe(true);
    expect(await merseysideSees(hub.metCase)).toBe(false);

    // Adding a participant needs a reason.
    expect(await refused('supervisor.gmp', ADD_PARTICIPANT, { input: { operationId: ownOp.id, force: 'WMP', reason: ' ' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.reason',
    });
    // The hub coordinates for every force.
    const byHub = (await gql('supervisor.nca', ADD_PARTICIPANT, { input: { operationId: hub.id, force: 'WMP', reason: 'Birmingham address' } }))
      .addOperationParticipant;
    expect(codes(byHub.participants)).toEqual(['GMP', 'MPS', 'NCA', 'WMP']);
  });

  it('takes a case out of an operation, by its owner or whoever runs the operation, audited', async () => {
    const hub = await hubOperation();
    const requestId = `remove-${uniqueSuffix()}`;
    // GMP owns its case but does not run the hub's operation: it may still take its own case out.
    const response = await postGraphQL(
      testEnv().gatewayUrl,
      REMOVE_CASE,
      { input: { operationId: hub.id, caseId: hub.gmpCase, reason: 'Enquiry no longer linked' } },
      {
        token: await tokenFor('supervisor.gmp'),
        headers: { 'x-crosslink-purpose': 'Withdrawing our case', 'x-request-id': requestId },
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.removeCaseFromOperation.cases.edges.map((e: any) => e.node.id)).not.toContain(hub.gmpCase);
    expect(await count('MATCH (:Case {id: $id})-[:PART_OF]->(:Operation {id: $op})', { id: hub.gmpCase, op: hub.id })).toBe(0);
    expect(
      await count(
        'MATCH (:Case {id: $id})-[l:LEFT_OPERATION]->(:Operation {id: $op}) WHERE l.reason = "Enquiry no longer linked" AND l.by = "supervisor.gmp"',
        { id: hub.gmpCase, op: hub.id },
      ),
    ).toBe(1);
    // One alteration; the operation's remaining cases in the answer are consultations beside it.
    const writes = (await auditEventsOf(requestId)).filter((e) => e.action === 'Mutation.removeCaseFromOperation' && e.operation !== 'CONSULTATION');
    expect(writes, JSON.stringify(writes)).toHaveLength(1);
    expect(writes[0]).toMatchObject({ operation: 'ALTERATION', purpose: 'Withdrawing our case' });
    expect(writes[0]?.records).toEqual(expect.arrayContaining([`Case:${hub.gmpCase}`, `Operation:${hub.id}`]));

    // Not GMP's case, and GMP does not run the operation.
    expect(await refused('supervisor.gmp', REMOVE_CASE, { input: { operationId: hub.id, caseId: hub.metCase, reason: 'x y z' } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    // A case not in the operation answers as one not there.
    expect(await refused('supervisor.nca', REMOVE_CASE, { input: { operationId: hub.id, caseId: hub.gmpCase, reason: 'again' } })).toMatchObject({
      code: 'CASE_NOT_FOUND',
      field: 'input.caseId',
    });
    expect(await refused('detective.gmp', REMOVE_CASE, { input: { operationId: hub.id, caseId: hub.metCase, reason: 'x y z' } })).toMatchObject({
      code: 'FORBIDDEN',
    });
    // The hub runs it, and takes the Met case out.
    await gql('supervisor.nca', REMOVE_CASE, { input: { operationId: hub.id, caseId: hub.metCase, reason: 'Separate enquiry' } });
    expect((await gql('analyst.nca', OPERATION, { id: hub.id })).operation.cases.edges).toEqual([]);
  });

  it('needs a purpose to read an operation another force leads, and lists leave such operations out without one', async () => {
    const hub = await hubOperation();
    const ask = `query ($id: ID!) { operation(id: $id) { id name reason } }`;
    const bare = await postGraphQL(testEnv().gatewayUrl, ask, { id: hub.id }, { token: await tokenFor('detective.gmp') });
    expect(bare.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');
    expect(JSON.stringify(bare)).not.toContain('Linked by a phone');
    const listed = await postGraphQL(
      testEnv().gatewayUrl,
      '{ operations(first: 50) { edges { node { name reason } } } }',
      {},
      { token: await tokenFor('detective.gmp') },
    );
    // A list without a purpose answers the force's own operations and says how many it withheld.
    expect(listed.errors).toBeUndefined();
    expect(JSON.stringify(listed.data)).not.toContain('Linked by a phone');
    expect(listed.extensions?.['withheld']).toMatchObject({ code: 'PURPOSE_REQUIRED', count: expect.any(Number) });
    // Its own force's operation needs none.
    const gmpCase = (await openCase('detective.gmp')).id;
    const own = (await gql('supervisor.gmp', CREATE_OPERATION, { input: { name: `Op Home ${uniqueSuffix()}`, caseIds: [gmpCase], reason: 'Local' } }))
      .createOperation;
    const mine = await postGraphQL(testEnv().gatewayUrl, ask, { id: own.id }, { token: await tokenFor('detective.gmp') });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.operation.reason).toBe('Local');
  });
});
