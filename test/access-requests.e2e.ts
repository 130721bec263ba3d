import { postGraphQL, query, testEnv, tokenFor, uniqueVrm } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { openCase } from './support/fixtures.js';

// From a hit to a decision: an officer told only "known to force X" asks that force for the case,
// its supervisor grants or refuses, and the requester then sees the case, or the reason.

const purpose = { 'x-crosslink-purpose': 'Access request test' };
const as = async (user: string, text: string, variables: Record<string, unknown> = {}) =>
  query(testEnv().gatewayUrl, await tokenFor(user), text, variables, purpose);
const refusal = async (user: string, text: string, variables: Record<string, unknown>) => {
  const response = await postGraphQL(testEnv().gatewayUrl, text, variables, { token: await tokenFor(user), headers: purpose });
  expect(response.errors, 'the request should be refused').toHaveLength(1);
  return response.errors?.[0]?.extensions;
};

const REQUEST = `mutation ($i: RequestCaseAccessInput!) { requestCaseAccess(input: $i) { id status purpose force { code } case { id } } }`;
const DECIDE = `mutation ($i: DecideCaseAccessInput!) { decideCaseAccess(input: $i) { id status decidedBy decisionReason case { id } } }`;
const MINE = `{ accessRequests(mine: true, first: 50) { edges { node { id status decisionReason case { id reference } } } } }`;

/** GMP holds a vehicle in a case of its own; the Met records the same VRM and is told only "known to GMP". */
async function metHitOnGmpCase(): Promise<{ gmpCase: { id: string; reference: string }; hitId: string }> {
  const gmpCase = await openCase('detective.gmp');
  const vrm = uniqueVrm();
  await as('detective.gmp', `mutation ($i: RecordVehicleInput!) { recordVehicle(input: $i) { vehicle { id } } }`, { i: { caseId: gmpCase.id, vrm } });
  const metCase = await openCase('detective.met');
  const recorded = await as(
    'detective.met',
    `mutation ($i: RecordVehicleInput!) { recordVehicle(input: $i) { hits { id force { code } officerInCharge case { id } } } }`,
    {
      i: { caseId: metCase.id, vrm },
    },
  );
  const [hit] = recorded.recordVehicle.hits;
  expect(hit).toMatchObject({ force: { code: 'GMP' }, officerInCharge: 'detective.gmp', case: null });
  expect(hit.id).toEqual(expect.any(String));
  return { gmpCase, hitId: hit.id };
}

describe('asking for access to a case known only as a hit', () => {
  it('runs from request to grant: the owning force’s supervisor decides, and the requester then sees the case', async () => {
    const { gmpCase, hitId } = await metHitOnGmpCase();
    const reason = 'The same car drops runners at Stratford: we need the GMP sightings';
    const requested = (await as('detective.met', REQUEST, { i: { hitId, purpose: reason } })).requestCaseAccess;
    expect(requested).toMatchObject({ status: 'PENDING', purpose: reason, force: { code: 'GMP' }, case: null });

    // Nobody else can use the Met officer's hit; the Met cannot decide; a GMP detective is no supervisor.
    expect(await refusal('detective.wmp', REQUEST, { i: { hitId, purpose: reason } })).toMatchObject({ code: 'NOT_FOUND', field: 'input.hitId' });
    expect(await refusal('detective.gmp', DECIDE, { i: { requestId: requested.id, grant: true, reason: 'x' } })).toMatchObject({ code: 'FORBIDDEN' });

    // GMP's supervisor sees the request, with its case, in the queue of pending requests.
    const queue = await as(
      'supervisor.gmp',
      `{ accessRequests(status: PENDING, first: 100) { edges { node { id requestedBy requestedByForce { code } case { id } } } } }`,
    );
    expect(queue.accessRequests.edges.map((e: any) => e.node)).toContainEqual({
      id: requested.id,
      requestedBy: 'detective.met',
      requestedByForce: { code: 'MPS' },
      case: { id: gmpCase.id },
    });

    const granted = (await as('supervisor.gmp', DECIDE, { i: { requestId: requested.id, grant: true, reason: 'Joint interest in the vehicle' } }))
      .decideCaseAccess;
    expect(granted).toMatchObject({
      status: 'GRANTED',
      decidedBy: 'supervisor.gmp',
      decisionReason: 'Joint interest in the vehicle',
      case: { id: gmpCase.id },
    });
    expect(await refusal('supervisor.gmp', DECIDE, { i: { requestId: requested.id, grant: false, reason: 'Changed my mind' } })).toMatchObject({
      code: 'INVALID_TRANSITION',
    });

    // The Met now sees the case, through a share whose reason names the request.
    const mine = (await as('detective.met', MINE)).accessRequests.edges.map((e: any) => e.node);
    expect(mine).toContainEqual({ id: requested.id, status: 'GRANTED', decisionReason: 'Joint interest in the vehicle', case: gmpCase });
    const shared = await as('supervisor.gmp', `query ($r: String!) { case(reference: $r) { sharedWith { force { code } reason } } }`, { r: gmpCase.reference });
    expect(shared.case.sharedWith).toContainEqual({ force: { code: 'MPS' }, reason: `Access granted on request by detective.met: ${reason}` });
  });

  it('tells the requester of a refusal and why, and still shows nothing of the case', async () => {
    const { hitId } = await metHitOnGmpCase();
    const requested = (await as('detective.met', REQUEST, { i: { hitId, purpose: 'Possible link to a Met enquiry' } })).requestCaseAccess;
    await as('supervisor.gmp', DECIDE, { i: { requestId: requested.id, grant: false, reason: 'Covert phase: contact the officer in charge' } });
    const mine = (await as('detective.met', MINE)).accessRequests.edges.map((e: any) => e.node);
    expect(mine).toContainEqual({ id: requested.id, status: 'REFUSED', decisionReason: 'Covert phase: contact the officer in charge', case: null });
  });

  it('refuses a request without a purpose, with a hit nobody was given, or for a case already visible', async () => {
    const { hitId } = await metHitOnGmpCase();
    expect(await refusal('detective.met', REQUEST, { i: { hitId, purpose: 'why' } })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.purpose' });
    expect(await refusal('detective.met', REQUEST, { i: { hitId: 'no-such-hit', purpose: 'A good long reason' } })).toMatchObject({ code: 'NOT_FOUND' });

    // Once GMP shares the case with the Met anyway, the hit no longer opens a request.
    const shared = await metHitOnGmpCase();
    await as('supervisor.gmp', `mutation ($i: ShareCaseInput!) { shareCase(input: $i) { id } }`, {
      i: { caseId: shared.gmpCase.id, force: 'MPS', reason: 'Joint enquiry' },
    });
    expect(await refusal('detective.met', REQUEST, { i: { hitId: shared.hitId, purpose: 'A good long reason' } })).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'input.hitId',
    });
  });
});
