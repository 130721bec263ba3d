import { postGraphQL, query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';

const SHARE = `mutation ($input: ShareCaseInput!) { shareCase(input: $input) { id sharedWith { force { code } reason sharedBy } } }`;
const REVOKE = `mutation ($input: RevokeCaseShareInput!) { revokeCaseShare(input: $input) { id sharedWith { force { code } } } }`;
const READ = `query ($reference: String!) { case(reference: $reference) { id title people { person { id } } } }`;
const purpose = { 'x-crosslink-purpose': 'Joint tasking with GMP' };

describe('sharing a case with another force', () => {
  it('lets a supervisor share with a reason, the other force read, and the share be revoked', async () => {
    const opened = await openCase('detective.gmp', `Shared ${uniqueSuffix()}`);
    const person = await addPerson('detective.gmp', opened.id);
    const met = await tokenFor('detective.met');
    const before = await postGraphQL(testEnv().gatewayUrl, READ, { reference: opened.reference }, { token: met, headers: purpose });
    expect(before.data.case).toBeNull();

    const reason = 'The Met holds the controller for the same line';
    const shared = await query(testEnv().gatewayUrl, await tokenFor('supervisor.gmp'), SHARE, { input: { caseId: opened.id, force: 'mps', reason } });
    expect(shared.shareCase.sharedWith).toEqual([{ force: { code: 'MPS' }, reason, sharedBy: 'supervisor.gmp' }]);

    const during = await query(testEnv().gatewayUrl, met, READ, { reference: opened.reference }, purpose);
    expect(during.case.people.map((p: any) => p.person.id)).toEqual([person]);
    // Another force's case: reading it needs a purpose.
    const withoutPurpose = await postGraphQL(testEnv().gatewayUrl, READ, { reference: opened.reference }, { token: met });
    expect(withoutPurpose.errors?.[0]?.extensions?.['code']).toBe('PURPOSE_REQUIRED');

    const revoked = await query(testEnv().gatewayUrl, await tokenFor('supervisor.gmp'), REVOKE, {
      input: { caseId: opened.id, force: 'MPS', reason: 'Met enquiry closed' },
    });
    expect(revoked.revokeCaseShare.sharedWith).toEqual([]);
    const after = await postGraphQL(testEnv().gatewayUrl, READ, { reference: opened.reference }, { token: met, headers: purpose });
    expect(after.data.case).toBeNull();

    const events = await query(
      testEnv().gatewayUrl,
      await tokenFor('auditor.nca'),
      `query ($f: AuditEventFilter) { auditEvents(filter: $f) { edges { node { operation action recipients } } } }`,
      { f: { record: opened.id, username: 'supervisor.gmp' } },
    );
    expect(events.auditEvents.edges.map((e: any) => e.node)).toEqual(
      expect.arrayContaining([
        { operation: 'DISCLOSURE', action: 'Mutation.shareCase', recipients: ['MPS'] },
        { operation: 'ALTERATION', action: 'Mutation.revokeCaseShare', recipients: [] },
      ]),
    );
  });

  it('refuses detectives, other forces’ supervisors, sharing with one’s own force, and a missing reason', async () => {
    const opened = await openCase('detective.gmp');
    const attempt = async (user: string, input: Record<string, unknown>) =>
      (
        await postGraphQL(
          testEnv().gatewayUrl,
          SHARE,
          { input: { caseId: opened.id, force: 'WMP', reason: 'Because', ...input } },
          { token: await tokenFor(user) },
        )
      ).errors?.[0]?.extensions;
    expect(await attempt('detective.gmp', {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await attempt('supervisor.gmp', { force: 'GMP' })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.force' });
    expect(await attempt('supervisor.gmp', { reason: '  ' })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.reason' });
    expect(await attempt('supervisor.gmp', { force: 'NOPE' })).toMatchObject({ code: 'CASE_NOT_FOUND' });
    const wmpCase = await openCase('detective.wmp');
    const foreign = await postGraphQL(
      testEnv().gatewayUrl,
      SHARE,
      { input: { caseId: wmpCase.id, force: 'MPS', reason: 'Not mine to share' } },
      { token: await tokenFor('supervisor.gmp') },
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'CASE_NOT_FOUND', field: 'input.caseId' });
  });
});
