import { KeycloakAdmin, postGraphQL, query, testEnv, tokenFor, uniqueSuffix, uniqueVrm } from '@crosslink/common/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { newGmpOfficer, openCase } from './support/fixtures.js';
import { CREATE_CASE } from './support/operations.js';

const RECORD_PHONE = `mutation ($input: RecordPhoneInput!) { recordPhone(input: $input) { phone { id number } } }`;
const CHECK = /* GraphQL */ `
  mutation ($input: SubjectCheckInput!) {
    checkSubject(input: $input) {
      kind
      value
      cases {
        id
        reference
      }
      knownElsewhere {
        force {
          code
          name
        }
        officerInCharge
      }
    }
  }
`;
const ALERTS = /* GraphQL */ `
  {
    deconflictionAlerts(first: 50) {
      edges {
        node {
          askedBy
          askedByForce {
            code
          }
          reason
          subjectKind
          subjectValue
          case {
            id
          }
        }
      }
    }
  }
`;

/** A UK mobile number in the range set aside for drama, unique to this run. */
const digits = String(Math.floor(Math.random() * 400)).padStart(3, '0'); // the demo's deal line is 900461
const number = `07700 900${digits}`;
const e164 = `+447700900${digits}`;

let metCase: { id: string; reference: string };
let metTitle: string;

beforeAll(async () => {
  metTitle = `Deal line Stratford ${uniqueSuffix()}`;
  metCase = await openCase('detective.met', metTitle);
  await query(testEnv().gatewayUrl, await tokenFor('detective.met'), RECORD_PHONE, { input: { caseId: metCase.id, number } });
});

describe('discovery without disclosure', () => {
  it('tells the asker which force holds the subject and whom to contact, and nothing of the case', async () => {
    const reason = `Deal line seen in Wythenshawe ${uniqueSuffix()}`;
    const response = await postGraphQL(
      testEnv().gatewayUrl,
      CHECK,
      { input: { kind: 'PHONE', value: '+44 (0)7700 900' + digits, reason } },
      {
        token: await tokenFor('detective.gmp'),
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.checkSubject).toEqual({
      kind: 'PHONE',
      value: e164,
      cases: [],
      knownElsewhere: [{ force: { code: 'MPS', name: 'Metropolitan Police Service' }, officerInCharge: 'detective.met' }],
    });
    const text = JSON.stringify(response);
    expect(text).not.toContain(metCase.id);
    expect(text).not.toContain(metCase.reference);
    expect(text).not.toContain(metTitle);

    // The officer in charge hears who asked and why; nobody else does.
    const alerts = await query(testEnv().gatewayUrl, await tokenFor('detective.met'), ALERTS);
    const alert = alerts.deconflictionAlerts.edges.map((e: any) => e.node).find((a: any) => a.reason === reason);
    expect(alert).toEqual({
      askedBy: 'detective.gmp',
      askedByForce: { code: 'GMP' },
      reason,
      subjectKind: 'PHONE',
      subjectValue: e164,
      case: { id: metCase.id },
    });
    for (const user of ['detective.gmp', 'supervisor.gmp', 'detective.wmp']) {
      const others = await query(testEnv().gatewayUrl, await tokenFor(user), ALERTS);
      expect(
        others.deconflictionAlerts.edges.map((e: any) => e.node.reason),
        user,
      ).not.toContain(reason);
    }
  });

  it('lists the cases the asker may see, without alerting anyone about them', async () => {
    const gmpCase = await openCase('detective.gmp');
    const token = await tokenFor('detective.gmp');
    await query(testEnv().gatewayUrl, token, RECORD_PHONE, { input: { caseId: gmpCase.id, number } });
    const data = await query(testEnv().gatewayUrl, token, CHECK, { input: { kind: 'PHONE', value: number, reason: 'Own case check' } });
    expect(data.checkSubject.cases).toEqual([{ id: gmpCase.id, reference: gmpCase.reference }]);
    expect(data.checkSubject.knownElsewhere.map((k: any) => k.force.code)).toEqual(['MPS']);
  });

  it('gives the same nothing-to-see answer through aliases and fragments, and for an unknown subject', async () => {
    const aliased = `mutation ($input: SubjectCheckInput!) {
      a: checkSubject(input: $input) { ...F } b: checkSubject(input: $input) { cases { ... on Case { id title } } }
    } fragment F on SubjectCheck { knownElsewhere { ... on KnownElsewhere { officerInCharge force { code } } } cases { id title } }`;
    const response = await postGraphQL(
      testEnv().gatewayUrl,
      aliased,
      { input: { kind: 'PHONE', value: number, reason: 'Alias check' } },
      {
        token: await tokenFor('detective.wmp'),
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.a.cases).toEqual([]);
    expect(response.data.b.cases).toEqual([]);
    expect(JSON.stringify(response)).not.toContain(metTitle);

    const unknown = await query(testEnv().gatewayUrl, await tokenFor('detective.wmp'), CHECK, {
      input: { kind: 'VEHICLE', value: 'zz99 zzz', reason: 'Stop check' },
    });
    expect(unknown.checkSubject).toEqual({ kind: 'VEHICLE', value: 'ZZ99ZZZ', cases: [], knownElsewhere: [] });
  });

  it('alerts only those who may see the case: a supervisor below its classification is not told', async () => {
    const username = `ts.det.${uniqueSuffix()}`.toLowerCase();
    await (await KeycloakAdmin.connect()).createUser({ username, force: 'GMP', clearance: 'TOP_SECRET', roles: ['detective'] });
    const token = await tokenFor(username);
    const opened = await query(testEnv().gatewayUrl, token, CREATE_CASE, { input: { title: `Secret source ${uniqueSuffix()}`, classification: 'TOP_SECRET' } });
    const vrm = uniqueVrm();
    await query(testEnv().gatewayUrl, token, `mutation ($input: RecordVehicleInput!) { recordVehicle(input: $input) { vehicle { id } } }`, {
      input: { caseId: opened.createCase.case.id, vrm },
    });
    const reason = `Vehicle stop ${uniqueSuffix()}`;
    const check = await query(testEnv().gatewayUrl, await tokenFor('detective.met'), CHECK, { input: { kind: 'VEHICLE', value: vrm, reason } });
    expect(check.checkSubject.knownElsewhere).toEqual([{ force: { code: 'GMP', name: 'Greater Manchester Police' }, officerInCharge: username }]);

    const reasons = async (user: string) =>
      (await query(testEnv().gatewayUrl, await tokenFor(user), ALERTS)).deconflictionAlerts.edges.map((e: any) => e.node.reason);
    expect(await reasons(username)).toContain(reason);
    // supervisor.gmp supervises the force but holds SECRET: the alert would name a TOP_SECRET case.
    expect(await reasons('supervisor.gmp')).not.toContain(reason);
  });

  it('refuses an invalid value or a missing reason, naming the field', async () => {
    const token = await tokenFor('detective.gmp');
    const bad = await postGraphQL(testEnv().gatewayUrl, CHECK, { input: { kind: 'PHONE', value: '12', reason: 'x-check' } }, { token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.value' });
    const silent = await postGraphQL(testEnv().gatewayUrl, CHECK, { input: { kind: 'PHONE', value: number, reason: ' ' } }, { token });
    expect(silent.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.reason' });
  });
});

describe('hits on entry', () => {
  const HITS = '{ force { code } officerInCharge case { id } }';

  it('tells a recorder at once that another force holds the value, alerting its officer, and shows nothing of the case', async () => {
    const gmpCase = await openCase('detective.gmp');
    const response = await postGraphQL(
      testEnv().gatewayUrl,
      `mutation ($input: RecordPhoneInput!) { recordPhone(input: $input) { phone { number } hits ${HITS} } }`,
      { input: { caseId: gmpCase.id, number: `+44 7700 900${digits}` } },
      { token: await tokenFor('detective.gmp') },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.recordPhone.hits, JSON.stringify(response.data)).toContainEqual({
      force: { code: 'MPS' },
      officerInCharge: 'detective.met',
      case: null,
    });
    expect(JSON.stringify(response)).not.toContain(metCase.id);

    const alerts = await query(testEnv().gatewayUrl, await tokenFor('detective.met'), ALERTS);
    expect(alerts.deconflictionAlerts.edges.map((e: any) => e.node)).toContainEqual({
      askedBy: 'detective.gmp',
      askedByForce: { code: 'GMP' },
      reason: 'Recorded it in a case of GMP',
      subjectKind: 'PHONE',
      subjectValue: e164,
      case: { id: metCase.id },
    });
  });

  it('names a case the recorder may see, and tells its officer in charge, never the recorder', async () => {
    // A GMP detective of this test's own, so no other suite's count of their cases moves.
    const holder = await newGmpOfficer();
    const [first, second] = [await openCase(holder), await openCase('detective.gmp')];
    const vrm = uniqueVrm();
    const record = async (user: string, caseId: string) =>
      query(testEnv().gatewayUrl, await tokenFor(user), `mutation ($input: RecordVehicleInput!) { recordVehicle(input: $input) { hits ${HITS} } }`, {
        input: { caseId, vrm },
      });
    expect((await record(holder, first.id)).recordVehicle.hits).toEqual([]);
    expect((await record('detective.gmp', second.id)).recordVehicle.hits).toEqual([
      { force: { code: 'GMP' }, officerInCharge: holder, case: { id: first.id } },
    ]);
    const inbox = async (user: string) =>
      (
        await query(
          testEnv().gatewayUrl,
          await tokenFor(user),
          `{ alerts(first: 100) { edges { node { kind by subject { value } case { id } } } } }`,
          {},
          { 'x-crosslink-purpose': 'Reading my alerts' },
        )
      ).alerts.edges.map((e: any) => e.node);
    expect(await inbox(holder)).toContainEqual({ kind: 'HIT_ON_ENTRY', by: 'detective.gmp', subject: { value: vrm }, case: { id: first.id } });
    expect((await inbox('detective.gmp')).filter((a: any) => a.subject?.value === vrm)).toEqual([]);
    const alerts = await query(testEnv().gatewayUrl, await tokenFor('detective.gmp'), ALERTS);
    expect(alerts.deconflictionAlerts.edges.map((e: any) => e.node.subjectValue)).not.toContain(vrm);
  });

  it('finds online and bank accounts by a subject check too', async () => {
    const handle = `hits_${uniqueSuffix()}`;
    const account = String(10_000_000 + Math.floor(Math.random() * 8e7));
    const met = await openCase('detective.met');
    const token = await tokenFor('detective.met');
    await query(testEnv().gatewayUrl, token, `mutation ($i: RecordOnlineAccountInput!) { recordOnlineAccount(input: $i) { hits ${HITS} } }`, {
      i: { caseId: met.id, platform: 'Instagram', handle },
    });
    await query(testEnv().gatewayUrl, token, `mutation ($i: RecordBankAccountInput!) { recordBankAccount(input: $i) { hits ${HITS} } }`, {
      i: { caseId: met.id, sortCode: '20-00-00', accountNumber: account },
    });
    const check = (kind: string, value: string) =>
      query(testEnv().gatewayUrl, token, CHECK, { input: { kind, value, reason: 'Account check' } }).then((d) => d.checkSubject);
    expect((await check('ONLINE_ACCOUNT', `instagram:@${handle.toUpperCase()}`)).cases).toEqual([{ id: met.id, reference: met.reference }]);
    expect((await check('BANK_ACCOUNT', `200000 ${account}`)).cases).toEqual([{ id: met.id, reference: met.reference }]);
  });
});
