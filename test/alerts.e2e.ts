import { postGraphQL, query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import { CREATE_CASE } from './support/operations.js';
import { newGmpOfficer, openCase } from './support/fixtures.js';

// The inbox: each kind of alert reaches the officers it concerns, names only what they may see when
// they read it, can be acknowledged, and new ones arrive live on /alerts/stream.

const purpose = { 'x-crosslink-purpose': 'Alerts test' };
const as = async (user: string, text: string, variables: Record<string, unknown> = {}) =>
  query(testEnv().gatewayUrl, await tokenFor(user), text, variables, purpose);

const ALERTS = `query ($unread: Boolean, $first: Int) { alerts(unread: $unread, first: $first) { edges { node {
  id kind summary by byForce { code } case { id } otherCase { id } knownTo { force { code } officerInCharge }
  subject { kind value } accessRequest { id status } action { id } detail acknowledgedAt
} } } }`;
const inbox = async (user: string, unread = false) => (await as(user, ALERTS, { unread, first: 100 })).alerts.edges.map((e: any) => e.node);

/** A UK mobile number no other test uses. */
const uniqueMobile = () => `0791${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
const recordPhone = async (user: string, caseId: string, number: string) =>
  (
    await as(user, `mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { phone { number } hits { id force { code } officerInCharge case { id } } } }`, {
      i: { caseId, number },
    })
  ).recordPhone;

describe('alerts', () => {
  it('tells both officers in charge of a hit, and a supervisor of the force only when they may see the case', async () => {
    const metCase = await openCase('detective.met');
    const gmpCase = await openCase('detective.gmp');
    const number = uniqueMobile();
    const { phone } = await recordPhone('detective.met', metCase.id, number);
    // GMP's supervisor records the phone in detective.gmp's case: the Met's case is hidden from GMP.
    const { hits } = await recordPhone('supervisor.gmp', gmpCase.id, number);
    expect(hits).toEqual([{ id: expect.any(String), force: { code: 'MPS' }, officerInCharge: 'detective.met', case: null }]);

    const onMet = (await inbox('detective.met')).filter((a: any) => a.subject?.value === phone.number);
    expect(onMet).toEqual([
      expect.objectContaining({ kind: 'HIT_ON_ENTRY', by: 'supervisor.gmp', byForce: { code: 'GMP' }, case: { id: metCase.id }, knownTo: null }),
    ]);
    expect(onMet[0].summary).toBe(`Mark Doyle (GMP) recorded phone ${phone.number}, which your case holds`);
    // The Met's supervisor is told of hits on the Met's cases too.
    expect((await inbox('supervisor.met')).map((a: any) => a.id)).toContain(onMet[0].id);

    // detective.gmp, in charge of the case it was recorded in, learns only that the Met knows it, and whom to call.
    const onGmp = (await inbox('detective.gmp')).filter((a: any) => a.subject?.value === phone.number);
    expect(onGmp).toEqual([
      expect.objectContaining({
        kind: 'HIT_ON_ENTRY',
        case: { id: gmpCase.id },
        otherCase: null,
        knownTo: { force: { code: 'MPS' }, officerInCharge: 'detective.met' },
      }),
    ]);
    // The recorder is not alerted of what they did themselves.
    expect((await inbox('supervisor.gmp')).filter((a: any) => a.subject?.value === phone.number)).toEqual([]);

    // A TOP_SECRET case of the Met's: its own supervisor, cleared to SECRET, is never told of it.
    const secret = await as('supervisor.nca', CREATE_CASE, { input: { title: `Top secret ${uniqueSuffix()}`, force: 'MPS', classification: 'TOP_SECRET' } });
    const other = uniqueMobile();
    await recordPhone('supervisor.nca', secret.createCase.case.id, other);
    await recordPhone('detective.gmp', gmpCase.id, other);
    const stored = `+44${other.slice(1)}`;
    expect((await inbox('supervisor.nca')).filter((a: any) => a.subject?.value === stored)).toEqual([
      expect.objectContaining({ kind: 'HIT_ON_ENTRY', by: 'detective.gmp', case: { id: secret.createCase.case.id } }),
    ]);
    expect((await inbox('supervisor.met')).filter((a: any) => a.subject?.value === stored)).toEqual([]);
  }, 60_000);

  it('is acknowledged by its reader only, once', async () => {
    const metCase = await openCase('detective.met');
    const gmpCase = await openCase('detective.gmp');
    const number = uniqueMobile();
    await recordPhone('detective.met', metCase.id, number);
    await recordPhone('detective.gmp', gmpCase.id, number);
    const [alert] = (await inbox('detective.met', true)).filter((a: any) => a.case?.id === metCase.id);
    expect(alert).toMatchObject({ kind: 'HIT_ON_ENTRY', acknowledgedAt: null });

    const ACK = `mutation ($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt } }`;
    const refused = await postGraphQL(testEnv().gatewayUrl, ACK, { id: alert.id }, { token: await tokenFor('detective.wmp'), headers: purpose });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

    const first = (await as('detective.met', ACK, { id: alert.id })).acknowledgeAlert;
    expect(first).toEqual({ id: alert.id, acknowledgedAt: expect.any(String) });
    expect((await as('detective.met', ACK, { id: alert.id })).acknowledgeAlert).toEqual(first);
    expect((await inbox('detective.met', true)).map((a: any) => a.id)).not.toContain(alert.id);
    expect((await inbox('detective.met')).find((a: any) => a.id === alert.id)).toMatchObject({ acknowledgedAt: first.acknowledgedAt });
  });

  it('asks the owning force’s supervisors for access and tells the requester their decision', async () => {
    const metCase = await openCase('detective.met');
    const gmpCase = await openCase('detective.gmp');
    const number = uniqueMobile();
    await recordPhone('detective.met', metCase.id, number);
    const [hit] = (await recordPhone('detective.gmp', gmpCase.id, number)).hits;
    const reason = 'The same phone runs a line into Stockport: we need the Met’s subscriber checks';
    const request = (
      await as('detective.gmp', `mutation ($i: RequestCaseAccessInput!) { requestCaseAccess(input: $i) { id } }`, { i: { hitId: hit.id, purpose: reason } })
    ).requestCaseAccess;

    const asked = (await inbox('supervisor.met')).find((a: any) => a.kind === 'ACCESS_REQUESTED' && a.accessRequest?.id === request.id);
    expect(asked).toMatchObject({
      by: 'detective.gmp',
      byForce: { code: 'GMP' },
      case: { id: metCase.id },
      detail: reason,
      accessRequest: { status: 'PENDING' },
    });
    // Not the Met's detective, and not another force's supervisor.
    expect((await inbox('detective.met')).filter((a: any) => a.kind === 'ACCESS_REQUESTED')).toEqual([]);
    expect((await inbox('supervisor.gmp')).filter((a: any) => a.accessRequest?.id === request.id)).toEqual([]);

    await as('supervisor.met', `mutation ($i: DecideCaseAccessInput!) { decideCaseAccess(input: $i) { id } }`, {
      i: { requestId: request.id, grant: true, reason: 'Joint interest in the line' },
    });
    const decided = (await inbox('detective.gmp')).find((a: any) => a.kind === 'ACCESS_DECIDED' && a.accessRequest?.id === request.id);
    expect(decided).toMatchObject({
      by: 'supervisor.met',
      case: { id: metCase.id },
      detail: 'Joint interest in the line',
      accessRequest: { status: 'GRANTED' },
    });
    expect(decided.summary).toBe('Your request for access was granted by supervisor.met');
  });

  it('tells an officer an action was allocated to them', async () => {
    const gmpCase = await openCase('detective.gmp');
    const raised = await as('supervisor.gmp', `mutation ($i: RaiseActionInput!) { raiseAction(input: $i) { id } }`, {
      i: { caseId: gmpCase.id, description: 'Trace the subscriber' },
    });
    await as('supervisor.gmp', `mutation ($i: AllocateActionInput!) { allocateAction(input: $i) { id } }`, {
      i: { actionId: raised.raiseAction.id, officer: { username: 'detective.gmp', force: 'GMP' } },
    });
    const allocated = (await inbox('detective.gmp')).find((a: any) => a.action?.id === raised.raiseAction.id);
    expect(allocated).toMatchObject({ kind: 'ACTION_ALLOCATED', by: 'supervisor.gmp', case: { id: gmpCase.id }, detail: 'Trace the subscriber' });
  });

  it('tells the supervisors of the old and the new lead force that an operation’s lead passed', async () => {
    const gmpCase = await openCase('detective.gmp');
    const created = await as('supervisor.nca', `mutation ($i: CreateOperationInput!) { createOperation(input: $i) { id } }`, {
      i: { name: `Operation ${uniqueSuffix()}`, caseIds: [gmpCase.id], reason: 'Hub coordination of the deal line' },
    });
    const operationId = created.createOperation.id;
    await as('supervisor.nca', `mutation ($i: TransferOperationLeadInput!) { transferOperationLead(input: $i) { id } }`, {
      i: { operationId, leadForce: 'GMP', reason: 'GMP holds the evidence now' },
    });
    const LEAD = `{ alerts(first: 100) { edges { node { kind by summary detail operation { id } } } } }`;
    const leads = async (user: string) =>
      (await as(user, LEAD)).alerts.edges.map((e: any) => e.node).filter((a: any) => a.kind === 'LEAD_TRANSFERRED' && a.operation?.id === operationId);
    expect(await leads('supervisor.gmp')).toEqual([
      {
        kind: 'LEAD_TRANSFERRED',
        by: 'supervisor.nca',
        summary: 'The lead of an operation passed from NCA to GMP',
        detail: 'GMP holds the evidence now',
        operation: { id: operationId },
      },
    ]);
    // Not its detective, and not the supervisor who made the change.
    expect(await leads('detective.gmp')).toEqual([]);
    expect(await leads('supervisor.nca')).toEqual([]);
  });
});

describe('GET /alerts/stream', () => {
  const streamUrl = () => new URL('/alerts/stream', testEnv().gatewayUrl).toString();

  it('refuses a caller without a valid token with its stable code', async () => {
    const response = await fetch(streamUrl());
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('delivers a new alert to its reader while they are connected', async () => {
    // A detective of this test's own, whose inbox no other suite writes to.
    const reader = await newGmpOfficer();
    const theirCase = await openCase(reader);
    const metCase = await openCase('detective.met');
    const number = uniqueMobile();
    await recordPhone(reader, theirCase.id, number);

    const abort = new AbortController();
    const response = await fetch(streamUrl(), { headers: { authorization: `Bearer ${await tokenFor(reader)}` }, signal: abort.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = readEvents(response.body!);
    try {
      expect((await events.next()).value).toEqual({ event: 'ready', data: { unread: 0, more: false } });
      await recordPhone('detective.met', metCase.id, number);
      const [expected] = await inbox(reader);
      expect(expected).toMatchObject({ kind: 'HIT_ON_ENTRY', by: 'detective.met', case: { id: theirCase.id } });
      let next = await events.next();
      while (next.value?.event !== 'alert') next = await events.next();
      // The event names the alert, never what it is about: that is read through the API.
      expect(next.value).toEqual({ event: 'alert', id: expected.id, data: { id: expected.id, kind: 'HIT_ON_ENTRY', at: expect.any(String) } });
    } finally {
      abort.abort();
    }
  }, 30_000);
});

/** Server-Sent Events as they arrive: each with its event name, id and parsed data. */
async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event: string; id?: string; data: any }> {
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const fields = new Map(
        block
          .split('\n')
          .filter((l) => !l.startsWith(':'))
          .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
      );
      if (!fields.has('event')) continue;
      const id = fields.get('id');
      yield { event: fields.get('event')!, ...(id === undefined ? {} : { id }), data: JSON.parse(fields.get('data') ?? 'null') };
    }
  }
}
