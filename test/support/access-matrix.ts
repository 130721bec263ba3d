// What the access-matrix files share: the people (every reach × role × clearance × caveat, made in
// Keycloak once per run whichever file asks first), the subject cases they read, the fixtures the
// mutations act on, and the check of one attempted mutation against its spec. The matrix is split
// over several files (test/access-matrix-*.e2e.ts) so that vitest runs its parts side by side.
import { KeycloakAdmin, passwordGrant, postGraphQL, query, testEnv, tokenFor, uniqueSuffix, uniqueVrm } from '@crosslink/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rank, reachForce, roleMay, type Builders, type Clearance, type Fixtures, type MutationSpec, type Reach, type Writer } from './mutation-matrix.js';
import { mutationSpecs } from './mutation-specs.js';
import { auditEventsOf, closeDriver, type StoredEvent } from './neo4j.js';

export const purpose = { 'x-crosslink-purpose': 'Access matrix verification' };

/** How each viewer reaches the subject cases, and whether that reach lets them see them at all. */
export const reaches = {
  own: { force: 'GMP', role: 'detective', reaches: true },
  shared: { force: 'MPS', role: 'detective', reaches: true },
  operation: { force: 'MERPOL', role: 'detective', reaches: true },
  other: { force: 'WMP', role: 'detective', reaches: false },
  hub: { force: 'NCA', role: 'analyst', reaches: true },
  hubDetective: { force: 'NCA', role: 'detective', reaches: false },
} as const satisfies Record<Reach, { force: string; role: Writer['role']; reaches: boolean }>;

const clearances = ['OFFICIAL', 'SECRET', 'TOP_SECRET'] as const;

/**
 * Names the matrix's users. `npm test` sets CROSSLINK_TEST_RUN once per run, so the files of one
 * run share their users; without it each file makes its own.
 */
const run = process.env['CROSSLINK_TEST_RUN'] ?? uniqueSuffix();

export interface Viewer {
  readonly name: string;
  readonly reach: Reach;
  readonly clearance: Clearance;
  readonly caveat: boolean;
  readonly token: string;
}

interface Person {
  readonly name: string;
  readonly force: string;
  readonly clearance: Clearance;
  readonly caveats: readonly string[];
  readonly role: Writer['role'];
}

/** Runs `work` for every item, `size` at a time. */
export async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

/** Makes the users (8 at a time; those another file of this run made already are reused) and signs them in. */
async function signedIn(people: readonly Person[]): Promise<Map<string, string>> {
  const admin = await KeycloakAdmin.connect();
  const tokens = new Map<string, string>();
  await inBatches(people, 8, async (p) => {
    await admin.ensureUser({ username: p.name, force: p.force, clearance: p.clearance, caveats: p.caveats, roles: [p.role] });
    tokens.set(p.name, await passwordGrant(testEnv().keycloakUrl, 'crosslink', 'crosslink-cli', p.name, 'crosslink'));
  });
  return tokens;
}

function viewerPeople(filter: (v: Omit<Viewer, 'name' | 'token'>) => boolean): (Person & Omit<Viewer, 'token'>)[] {
  return (Object.keys(reaches) as Reach[]).flatMap((reach) =>
    clearances.flatMap((clearance) =>
      [true, false]
        .filter((caveat) => filter({ reach, clearance, caveat }))
        .map((caveat) => ({
          name: `m.${reach}.${clearance}.${caveat ? 'c' : 'n'}.${run}`.toLowerCase(),
          reach,
          clearance,
          caveat,
          force: reaches[reach].force,
          caveats: caveat ? ['SENSITIVE'] : [],
          role: reaches[reach].role,
        })),
    ),
  );
}

/** The viewers: every reach × clearance × caveat (or those `filter` keeps), signed in. */
export async function matrixViewers(filter: (v: Omit<Viewer, 'name' | 'token'>) => boolean = () => true): Promise<Viewer[]> {
  const people = viewerPeople(filter);
  const tokens = await signedIn(people);
  return people.map(({ name, reach, clearance, caveat }) => ({ name, reach, clearance, caveat, token: tokens.get(name) as string }));
}

/**
 * Everyone who attempts the mutations, signed in: the viewers in their own roles, and a supervisor
 * of every reach (but the hub's detectives) at every clearance and caveat (or those `filter` keeps).
 */
export async function matrixWriters(filter: (w: Omit<Writer, 'name' | 'token'>) => boolean = () => true): Promise<Writer[]> {
  const supervisors = (['own', 'shared', 'operation', 'other', 'hub'] as const).flatMap((reach) =>
    clearances.flatMap((clearance) =>
      [true, false].map((caveat) => ({
        name: `m.${reach}.sup.${clearance}.${caveat ? 'c' : 'n'}.${run}`.toLowerCase(),
        reach,
        clearance,
        caveat,
        force: reachForce[reach],
        caveats: caveat ? ['SENSITIVE'] : [],
        role: 'supervisor' as const,
      })),
    ),
  );
  const people = [...supervisors, ...viewerPeople(() => true)].filter(filter);
  const tokens = await signedIn(people);
  return people.map(({ name, reach, role, clearance, caveat }) => ({ name, reach, role, clearance, caveat, token: tokens.get(name) as string }));
}

/** Whether a viewer should see a case of this classification and these caveats. */
export function expectedVisible(viewer: Viewer, subject: { classification: Clearance; caveats: readonly string[] }): boolean {
  return reaches[viewer.reach].reaches && rank[viewer.clearance] >= rank[subject.classification] && subject.caveats.every(() => viewer.caveat);
}

export interface Subject {
  readonly key: string;
  readonly classification: Clearance;
  readonly caveats: readonly string[];
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly person: string;
  readonly location: string;
  readonly item: string;
  readonly secretItem: string;
  readonly phone: string;
  readonly surname: string;
}

const subjectCases = [
  { key: 'official', classification: 'OFFICIAL', caveats: [] },
  { key: 'secret', classification: 'SECRET', caveats: [] },
  { key: 'sensitive', classification: 'OFFICIAL', caveats: ['SENSITIVE'] },
  { key: 'topSecretSensitive', classification: 'TOP_SECRET', caveats: ['SENSITIVE'] },
] as const;

const RECORD_INTEL = /* GraphQL */ `
  mutation ($input: RecordIntelligenceInput!) {
    recordIntelligence(input: $input) {
      id
    }
  }
`;

/**
 * The subjects the viewers read: one GMP case per classification, each with a person, an address, a
 * phone and two intelligence items, made through the API by the hub's supervisor (and a TOP_SECRET
 * hub analyst holding SENSITIVE for the items), shared with MPS and joined to an operation MERPOL
 * leads. `digits` tells this file's phone numbers from another's (drama range, unused elsewhere).
 */
export async function matrixSubjects(digits: string): Promise<Subject[]> {
  const suffix = uniqueSuffix();
  const hub = await tokenFor('supervisor.nca');
  const as = (text: string, variables: Record<string, unknown>) => query(testEnv().gatewayUrl, hub, text, variables, purpose);
  const [author] = await signedIn([{ name: `matrix.author.${run}`, force: 'NCA', clearance: 'TOP_SECRET', caveats: ['SENSITIVE'], role: 'analyst' }]).then(
    (t) => [...t.values()],
  );
  const subjects = await Promise.all(
    subjectCases.map(async (spec, index): Promise<Subject> => {
      const title = `Matrix ${spec.key} ${suffix}`;
      const surname = `Subject${spec.key}${suffix}`;
      const created = await as('mutation ($i: CreateCaseInput!) { createCase(input: $i) { reference case { id } } }', {
        i: { title, force: 'GMP', classification: spec.classification, caveats: [...spec.caveats] },
      });
      const id = created.createCase.case.id as string;
      const person = (
        await as('mutation ($i: RecordPersonInput!) { recordPerson(input: $i) { person { id } } }', {
          i: { caseId: id, role: 'SUSPECT', forenames: 'Matrix', surname },
        })
      ).recordPerson.person.id as string;
      const location = (
        await as('mutation ($i: RecordAddressInput!) { recordAddress(input: $i) { location { id } } }', {
          i: { caseId: id, personId: person, line1: `${spec.key} ${suffix} Matrix Street`, town: 'Manchester', postcode: 'M1 1AE' },
        })
      ).recordAddress.location.id as string;
      const phone = (
        await as('mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { phone { id } } }', {
          i: { caseId: id, personId: person, number: `07700 9${digits}${index}` },
        })
      ).recordPhone.phone.id as string;
      await as('mutation ($i: ShareCaseInput!) { shareCase(input: $i) { id } }', { i: { caseId: id, force: 'MPS', reason: 'Access matrix' } });
      const grading = { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P' };
      const record = async (classification: string) =>
        (
          await query(
            testEnv().gatewayUrl,
            author as string,
            RECORD_INTEL,
            {
              input: { subjectKind: 'CASE', subjectId: id, text: `Item on ${title}`, grading, classification, caveats: [...spec.caveats] },
            },
            purpose,
          )
        ).recordIntelligence.id as string;
      const item = await record(spec.classification);
      const secretItem = await record(rank[spec.classification] >= 1 ? spec.classification : 'SECRET');
      return { ...spec, id, reference: created.createCase.reference as string, title, person, location, item, secretItem, phone, surname };
    }),
  );
  // Led by MERPOL, so MERPOL takes part; the hub does not (its detectives have no reach here).
  await as('mutation ($i: CreateOperationInput!) { createOperation(input: $i) { id } }', {
    i: { name: `Matrix operation ${suffix}`, caseIds: subjects.map((s) => s.id), leadForce: 'MERPOL', reason: 'Access matrix' },
  });
  return subjects;
}

/** The subject of the mutations and what they act on, built through the API by the hub's supervisor. */
export async function mutationFixtures(): Promise<{ fixtures: Fixtures; builders: Builders }> {
  const suffix = uniqueSuffix();
  const hub = await tokenFor('supervisor.nca');
  const as = (text: string, variables: Record<string, unknown>) => query(testEnv().gatewayUrl, hub, text, variables, purpose);
  const gmp = await tokenFor('supervisor.gmp');
  const asGmp = (text: string, variables: Record<string, unknown>) => query(testEnv().gatewayUrl, gmp, text, variables, purpose);
  // GMP's supervisor signs in first: actions are allocated to them, and only known officers take work.
  await asGmp('{ forces { code } }', {});
  const newCase = async () =>
    (
      await as('mutation ($i: CreateCaseInput!) { createCase(input: $i) { case { id } } }', {
        i: { title: `Matrix writes ${uniqueSuffix()}`, force: 'GMP', classification: 'SECRET', caveats: ['SENSITIVE'] },
      })
    ).createCase.case.id as string;
  const share = (caseId: string, force: string) =>
    as('mutation ($i: ShareCaseInput!) { shareCase(input: $i) { id } }', { i: { caseId, force, reason: 'Access matrix' } });
  const person = async (caseId: string, role: string, extra: Record<string, unknown> = {}) =>
    (
      await as('mutation ($i: RecordPersonInput!) { recordPerson(input: $i) { person { id } } }', {
        i: { caseId, role, forenames: 'Matrix', surname: `Writes${uniqueSuffix()}`, ...extra },
      })
    ).recordPerson.person.id as string;

  const subject = await newCase();
  await share(subject, 'MPS');
  const operation = (
    await as('mutation ($i: CreateOperationInput!) { createOperation(input: $i) { id } }', {
      i: { name: `Matrix writes operation ${suffix}`, caseIds: [subject], leadForce: 'MERPOL', reason: 'Access matrix' },
    })
  ).createOperation.id as string;
  const year = new Date().getUTCFullYear();
  const victim = await person(subject, 'VICTIM', { dateOfBirth: '1992-03-03' });
  const referral = async () =>
    (
      await as('mutation ($i: RecordNrmReferralInput!) { recordNrmReferral(input: $i) { id } }', {
        i: { personId: victim, caseId: subject, referralDate: `${year}-01-05`, firstResponder: 'Greater Manchester Police', consent: 'CONSENTED' },
      })
    ).recordNrmReferral.id as string;
  const step = (field: string, input: string, variables: Record<string, unknown>, by = as) =>
    by(`mutation ($i: ${input}!) { ${field}(input: $i) { id } }`, { i: variables });
  const action: Builders['action'] = async (status, officer = { username: 'supervisor.gmp', force: 'GMP' }) => {
    const id = (await step('raiseAction', 'RaiseActionInput', { caseId: subject, description: 'Matrix action' })).raiseAction.id as string;
    if (status === 'FOR_ALLOCATION') return id;
    await step('allocateAction', 'AllocateActionInput', { actionId: id, officer });
    if (status === 'ALLOCATED') return id;
    await step('completeAction', 'CompleteActionInput', { actionId: id, result: 'Done' }, asGmp);
    if (status === 'COMPLETED') return id;
    await step('resultAction', 'ActionStepInput', { actionId: id });
    return id;
  };

  // A West Midlands detective (who may see none of these cases) records a VRM a fresh GMP case holds,
  // and is told only "known to GMP": the hit, and the access request it opens, are theirs alone.
  const wmp = await tokenFor('detective.wmp');
  const hit = async (): Promise<{ caseId: string; hitId: string }> => {
    const caseId = await newCase();
    const vrm = uniqueVrm();
    await as('mutation ($i: RecordVehicleInput!) { recordVehicle(input: $i) { vehicle { id } } }', { i: { caseId, vrm } });
    const checked = await query(testEnv().gatewayUrl, wmp, 'mutation ($i: SubjectCheckInput!) { checkSubject(input: $i) { knownElsewhere { hitId } } }', {
      i: { kind: 'VEHICLE', value: vrm, reason: 'Access matrix' },
    });
    return { caseId, hitId: checked.checkSubject.knownElsewhere[0].hitId as string };
  };
  const accessRequest = async () =>
    (
      await query(testEnv().gatewayUrl, wmp, 'mutation ($i: RequestCaseAccessInput!) { requestCaseAccess(input: $i) { id } }', {
        i: { hitId: (await hit()).hitId, purpose: 'Access matrix: the same vehicle seen in a West Midlands stop' },
      })
    ).requestCaseAccess.id as string;

  const [suspect, associate, open, allocated, pending, wmpHit, request] = await Promise.all([
    person(subject, 'SUSPECT'),
    person(subject, 'SUSPECT'),
    action('FOR_ALLOCATION'),
    action('ALLOCATED'),
    referral(),
    hit(),
    accessRequest(),
  ]);
  const fixtures: Fixtures = {
    subject,
    person: suspect,
    associate,
    victim,
    operation,
    action: open,
    allocated,
    referral: pending,
    hit: wmpHit.hitId,
    accessRequest: request,
    suffix,
  };
  const builders: Builders = {
    async subjectLike() {
      const id = await newCase();
      await share(id, 'MPS');
      await step('addCaseToOperation', 'AddCaseToOperationInput', { operationId: operation, caseId: id, reason: 'Access matrix' });
      return id;
    },
    async sharedWithBtp() {
      const id = await newCase();
      await share(id, 'BTP');
      return id;
    },
    async operationLedByMerpol() {
      const caseId = await newCase();
      return (
        await step('createOperation', 'CreateOperationInput', {
          name: `Matrix lead ${uniqueSuffix()}`,
          caseIds: [caseId],
          leadForce: 'MERPOL',
          reason: 'Access matrix',
        })
      ).createOperation.id;
    },
    action,
    referral,
    accessRequest,
    async decidedReferral() {
      const id = await referral();
      await step('recordNrmDecision', 'RecordNrmDecisionInput', { referralId: id, stage: 'REASONABLE_GROUNDS', decision: 'POSITIVE', date: `${year}-01-09` });
      return id;
    },
  };
  return { fixtures, builders };
}

/** The records the audit trail names for one request and DPA operation. */
export async function auditedRecords(requestId: string, operation: string): Promise<string[]> {
  return (await auditEventsOf(requestId)).filter((e) => e.operation === operation).flatMap((e) => e.records);
}

/**
 * Every audit event one request left, in any service — but the collection of the caller's own
 * officer record, which the cases service makes on a user's first request whatever it asks
 * (checked in test/officers.e2e.ts), so a writer's first attempt is judged like any other.
 */
async function eventsOf(requestId: string): Promise<StoredEvent[]> {
  return (await auditEventsOf(requestId)).filter((e) => e.action !== 'Officer.fromToken');
}

/**
 * One writer attempts one mutation (with or without a purpose) and the outcome is checked against
 * its spec: an allowed one succeeds and leaves exactly one write event — its DPA operation, action,
 * purpose, records and recipients; a refused one returns an expected code and leaves no event at all.
 * A target of its own is built for an attempt that should succeed when the spec asks for one.
 * Returns what went wrong, if anything.
 */
export async function attempt(
  { fixtures, builders }: { fixtures: Fixtures; builders: Builders },
  spec: MutationSpec,
  writer: Writer,
  withPurpose: boolean,
): Promise<string[]> {
  const allowed = roleMay(spec, writer) && spec.allowed(writer);
  const needsPurpose = allowed && !withPurpose && spec.foreign(writer);
  const own = allowed && spec.fresh !== undefined ? await spec.fresh(builders, writer) : undefined;
  const requestId = `matrix-${spec.field}-${uniqueSuffix()}`;
  const response = await postGraphQL(testEnv().gatewayUrl, spec.text, spec.variables(fixtures, writer, own), {
    token: writer.token,
    headers: { 'x-request-id': requestId, ...(withPurpose ? purpose : {}) },
  });
  const where = `${spec.field} by ${writer.name}${withPurpose ? '' : ' without a purpose'}`;
  const events = await eventsOf(requestId);
  const code = response.errors?.[0]?.extensions?.['code'];
  if (allowed && !needsPurpose) {
    if (response.errors !== undefined) return [`${where}: refused with ${String(code)} (${response.errors[0]?.message})`];
    const writes = events.filter((e) => e.operation !== 'CONSULTATION');
    if (writes.length !== 1) return [`${where}: ${writes.length} write events ${JSON.stringify(writes)}`];
    const [event] = writes as [StoredEvent];
    const failures: string[] = [];
    if (event.operation !== spec.operation || event.action !== `Mutation.${spec.field}`)
      failures.push(`${where}: audited as ${event.operation} ${event.action}`);
    if (event.purpose !== (withPurpose ? purpose['x-crosslink-purpose'] : null)) failures.push(`${where}: audited purpose ${String(event.purpose)}`);
    const missing = spec.records(fixtures, own, response.data).filter((record) => !event.records.includes(record));
    if (missing.length > 0) failures.push(`${where}: audit misses ${missing.join(', ')} in ${event.records.join(', ')}`);
    const recipients = typeof spec.recipients === 'function' ? spec.recipients(writer) : (spec.recipients ?? []);
    if (JSON.stringify(event.recipients) !== JSON.stringify(recipients)) failures.push(`${where}: audited recipients ${event.recipients.join(', ')}`);
    return failures;
  }
  const accepted = needsPurpose ? ['PURPOSE_REQUIRED'] : spec.codes;
  const failures: string[] = [];
  if (typeof code !== 'string' || !accepted.includes(code)) failures.push(`${where}: expected ${accepted.join('|')}, got ${String(code ?? 'success')}`);
  if (Object.values(response.data ?? {}).some((value) => value !== null)) failures.push(`${where}: refused but answered ${JSON.stringify(response.data)}`);
  if (events.length > 0) failures.push(`${where}: refused but audited ${events.map((e) => `${e.operation} ${e.action}`).join(', ')}`);
  return failures;
}

/**
 * The mutation part of the matrix, shard `index` of `of`: every writer attempts every `of`-th
 * mutation spec (with a purpose) against fixtures of the shard's own, and each attempt must go as
 * its spec says. The shards are files of their own so that vitest runs them side by side.
 */
export function mutationShard(index: number, of: number): void {
  const specs = mutationSpecs.filter((_, i) => i % of === index);
  let writers: Writer[] = [];
  let context: Awaited<ReturnType<typeof mutationFixtures>>;
  beforeAll(async () => {
    [writers, context] = await Promise.all([matrixWriters(), mutationFixtures()]);
  }, 240_000);
  afterAll(closeDriver);

  describe(`the access matrix, mutations ${index + 1} of ${of}`, () => {
    it(`lets every writer make exactly the mutations they should (${specs.map((s) => s.field).join(', ')}), each leaving exactly its audit event`, async () => {
      const failures: string[] = [];
      for (const spec of specs) {
        await inBatches(writers, 8, async (writer) => void failures.push(...(await attempt(context, spec, writer, true))));
      }
      expect(failures).toEqual([]);
    }, 300_000);
  });
}
