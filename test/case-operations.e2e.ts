import { postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ADD_CASE, CREATE_OPERATION, gql } from './support/coordination.js';
import { openCase } from './support/fixtures.js';
import { auditEventsOf, closeDriver } from './support/neo4j.js';

afterAll(closeDriver);

// A case lists the operations it is part of (Case.operations): those the reader may see, with who
// joined the case, when and why, earliest joined first.

const CASE_OPERATIONS = `query ($reference: String!) {
  case(reference: $reference) { id operations { operation { id name leadForce { code } } reason joinedBy joinedAt } }
}`;
const SHARE = `mutation ($input: ShareCaseInput!) { shareCase(input: $input) { id } }`;
const REMOVE_CASE = `mutation ($input: RemoveCaseFromOperationInput!) { removeCaseFromOperation(input: $input) { id } }`;

interface Joined {
  operation: { id: string; name: string; leadForce: { code: string } };
  reason: string;
  joinedBy: string;
  joinedAt: string;
}

async function operationsOf(username: string, reference: string): Promise<Joined[]> {
  return (await gql(username, CASE_OPERATIONS, { reference })).case.operations;
}

/** A GMP case in a GMP-led operation, then joined by the hub to a hub-led one with a West Midlands case. */
async function caseInTwoOperations() {
  const gmpCase = await openCase('detective.gmp');
  const local = (
    await gql('supervisor.gmp', CREATE_OPERATION, { input: { name: `Op Local ${uniqueSuffix()}`, caseIds: [gmpCase.id], reason: 'Moss Side line' } })
  ).createOperation;
  const wmpCase = await openCase('detective.wmp');
  const national = (
    await gql('supervisor.nca', CREATE_OPERATION, {
      input: { name: `Op National ${uniqueSuffix()}`, caseIds: [wmpCase.id], leadForce: 'NCA', reason: 'Birmingham controller' },
    })
  ).createOperation;
  await gql('supervisor.nca', ADD_CASE, { input: { operationId: national.id, caseId: gmpCase.id, reason: 'Same deal line' } });
  return { gmpCase, local, national };
}

describe('a case’s operations through the gateway', () => {
  it('lists each operation the case is joined to, with who joined it, when and why, earliest first, and audits them as read', async () => {
    const { gmpCase, local, national } = await caseInTwoOperations();
    const listed = await operationsOf('detective.gmp', gmpCase.reference);
    expect(listed.map((j) => [j.operation.id, j.operation.name, j.operation.leadForce.code, j.joinedBy, j.reason])).toEqual([
      [local.id, local.name, 'GMP', 'supervisor.gmp', 'Moss Side line'],
      [national.id, national.name, 'NCA', 'supervisor.nca', 'Same deal line'],
    ]);
    const [first, second] = listed.map((j) => Date.parse(j.joinedAt));
    expect(first).toBeGreaterThan(Date.now() - 5 * 60_000);
    expect(first).toBeLessThanOrEqual(second as number);

    const requestId = `case-ops-${uniqueSuffix()}`;
    await postGraphQL(
      testEnv().gatewayUrl,
      CASE_OPERATIONS,
      { reference: gmpCase.reference },
      { token: await tokenFor('detective.gmp'), headers: { 'x-request-id': requestId, 'x-crosslink-purpose': 'Reading the case page' } },
    );
    const consulted = (await auditEventsOf(requestId)).filter((e) => e.operation === 'CONSULTATION').flatMap((e) => e.records);
    expect(consulted).toEqual(expect.arrayContaining([`Case:${gmpCase.id}`, `Operation:${local.id}`, `Operation:${national.id}`]));
  });

  it('leaves out an operation the reader may not see, and one another force leads without a purpose', async () => {
    const { gmpCase, local, national } = await caseInTwoOperations();
    // The Met sees the case through a share, but takes part in neither operation.
    await gql('supervisor.gmp', SHARE, { input: { caseId: gmpCase.id, force: 'MPS', reason: 'Joint tasking' } });
    const met = await gql('detective.met', CASE_OPERATIONS, { reference: gmpCase.reference });
    expect(met.case.id).toBe(gmpCase.id);
    expect(met.case.operations).toEqual([]);
    // The hub sees every operation.
    expect((await operationsOf('analyst.nca', gmpCase.reference)).map((j) => j.operation.id)).toEqual([local.id, national.id]);

    // The hub-led operation is the hub's data: without a purpose GMP's own case lists only GMP's, and says one was left out.
    const bare = await postGraphQL(testEnv().gatewayUrl, CASE_OPERATIONS, { reference: gmpCase.reference }, { token: await tokenFor('detective.gmp') });
    expect(bare.errors).toBeUndefined();
    expect(bare.data.case.operations.map((j: Joined) => j.operation.id)).toEqual([local.id]);
    expect(bare.extensions?.['withheld']).toMatchObject({ count: 1, code: 'PURPOSE_REQUIRED' });
  });

  it('drops an operation once the case is taken out of it', async () => {
    const { gmpCase, local, national } = await caseInTwoOperations();
    await gql('supervisor.gmp', REMOVE_CASE, { input: { operationId: national.id, caseId: gmpCase.id, reason: 'Separate enquiry' } });
    expect((await operationsOf('detective.gmp', gmpCase.reference)).map((j) => j.operation.id)).toEqual([local.id]);
    expect((await operationsOf('analyst.nca', gmpCase.reference)).map((j) => j.operation.id)).toEqual([local.id]);
  });
});
