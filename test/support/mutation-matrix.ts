// Every mutation of the API, as the access matrix attempts it: what it takes, who may make it, what
// it refuses with, and the audit event it must leave. The matrix (access-matrix.e2e.ts) attempts each
// one as every writer against one subject case and checks outcome and audit against these specs.
import { actionRoles, type Action, type AuditOperation } from '@crosslink/common';

type Clearance = 'OFFICIAL' | 'SECRET' | 'TOP_SECRET';

/** How a writer reaches the subject case: GMP owns it, MPS was shared it, MERPOL takes part in its operation. */
export type Reach = 'own' | 'shared' | 'operation' | 'other' | 'hub' | 'hubDetective';

export const reachForce: Record<Reach, string> = { own: 'GMP', shared: 'MPS', operation: 'MERPOL', other: 'WMP', hub: 'NCA', hubDetective: 'NCA' };

export interface Writer {
  readonly name: string;
  readonly reach: Reach;
  readonly role: 'detective' | 'analyst' | 'supervisor';
  readonly clearance: Clearance;
  readonly caveat: boolean;
  token: string;
}

/**
 * What the beforeAll builds through the API. `subject` is a GMP case classified SECRET with the
 * SENSITIVE caveat, shared with MPS and joined to `operation` (led by MERPOL); `person` and
 * `associate` are suspects in it, `victim` an adult victim; `action` waits for allocation,
 * `allocated` is allocated to supervisor.gmp, and `referral` has no decision yet.
 */
export interface Fixtures {
  readonly subject: string;
  readonly person: string;
  readonly associate: string;
  readonly victim: string;
  readonly operation: string;
  readonly action: string;
  readonly allocated: string;
  readonly referral: string;
  readonly suffix: string;
}

/** Builds a target of its own for an attempt that should succeed and would change shared state. */
export interface Builders {
  /** A GMP case like the subject (SECRET, SENSITIVE, shared with MPS, in the MERPOL-led operation). */
  subjectLike(): Promise<string>;
  /** A GMP case like the subject, shared with BTP. */
  sharedWithBtp(): Promise<string>;
  /** An operation led by MERPOL over a case of its own. */
  operationLedByMerpol(): Promise<string>;
  /** An action on the subject at a step of its lifecycle, allocated to `officer` when allocated. */
  action(status: 'FOR_ALLOCATION' | 'ALLOCATED' | 'COMPLETED' | 'RESULTED', officer?: { username: string; force: string }): Promise<string>;
  /** A referral of the victim without decisions. */
  referral(): Promise<string>;
}

export interface MutationSpec {
  /** The root field. */
  readonly field: string;
  /** The authz action its service asserts: the roles that may make it come from the registry. */
  readonly action: Action;
  /** The DPA operation of the event its write leaves. */
  readonly operation: AuditOperation;
  readonly text: string;
  /** Beyond the role: whether this writer may make it (sight of the subject, remit). */
  readonly allowed: (w: Writer) => boolean;
  /** The codes a refusal may carry; all of them say nothing of the subject. */
  readonly codes: readonly string[];
  readonly variables: (f: Fixtures, w: Writer, own: string | undefined) => Record<string, unknown>;
  /** For mutations that move a record along (or would collide with another attempt): a target per successful attempt. */
  readonly fresh?: (b: Builders, w: Writer) => Promise<string>;
  /** Records the write event must name, from the fixtures, the attempt's own target and the answer. */
  readonly records: (f: Fixtures, own: string | undefined, data: any) => string[];
  /** Whom the write event must name as recipients: the same for every writer, or for this writer. */
  readonly recipients?: readonly string[] | ((w: Writer) => readonly string[]);
  /** The answer holds, or the write touches, another force's data for this writer (so it needs a purpose). */
  readonly foreign: (w: Writer) => boolean;
}

const rank: Record<Clearance, number> = { OFFICIAL: 0, SECRET: 1, TOP_SECRET: 2 };

/** Whether the writer sees the subject: reach, then SECRET and SENSITIVE. */
export function sees(w: Writer): boolean {
  const reaches = ['own', 'shared', 'operation'].includes(w.reach) || (w.reach === 'hub' && w.role !== 'detective');
  return reaches && handles(w);
}

/** Clearance reaching SECRET and the SENSITIVE caveat held: what the subject asks. */
export function handles(w: Writer): boolean {
  return rank[w.clearance] >= rank.SECRET && w.caveat;
}

export function roleMay(spec: MutationSpec, w: Writer): boolean {
  return (actionRoles[spec.action] as readonly string[]).includes(w.role);
}

const hubSupervisor = (w: Writer) => w.reach === 'hub' && w.role === 'supervisor';
/** The owning force's officers, or a hub supervisor. */
const worksForOwner = (w: Writer) => w.reach === 'own' || hubSupervisor(w);
/** Forces taking part in the subject: its own (GMP) and its operation's (MERPOL). */
const participates = (w: Writer) => w.reach === 'own' || w.reach === 'operation';
const notOwn = (w: Writer) => w.reach !== 'own';
const year = new Date().getUTCFullYear();
const gmpSupervisor = { username: 'supervisor.gmp', force: 'GMP' };

const subjectCase = (f: Fixtures) => [`Case:${f.subject}`];
const ownCase = (f: Fixtures, own: string | undefined) => [`Case:${own ?? f.subject}`];
const seen = { codes: ['FORBIDDEN', 'CASE_NOT_FOUND', 'PERSON_NOT_FOUND'], allowed: sees, foreign: notOwn } as const;
const object = (field: string, label: string, extra: (f: Fixtures) => Record<string, unknown>): MutationSpec => ({
  field,
  action: 'object:record',
  operation: 'COLLECTION',
  text: `mutation ($input: Record${label}Input!) { ${field}(input: $input) { id } }`,
  ...seen,
  variables: (f) => ({ input: { caseId: f.subject, personId: f.person, ...extra(f) } }),
  records: (f, _own, data) => [`Case:${f.subject}`, `Person:${f.person}`, `${label}:${data[field].id}`],
});

export const mutationSpecs: readonly MutationSpec[] = [
  {
    field: 'createCase',
    action: 'case:create',
    operation: 'COLLECTION',
    text: 'mutation ($input: CreateCaseInput!) { createCase(input: $input) { reference case { id } } }',
    allowed: (w) => handles(w) && worksForOwner(w),
    codes: ['FORBIDDEN'],
    variables: (f) => ({ input: { title: `Matrix create ${f.suffix}`, force: 'GMP', classification: 'SECRET', caveats: ['SENSITIVE'] } }),
    records: (_f, _own, data) => [`Case:${data.createCase.case.id}`],
    foreign: notOwn,
  },
  {
    field: 'shareCase',
    action: 'case:share',
    operation: 'DISCLOSURE',
    text: 'mutation ($input: ShareCaseInput!) { shareCase(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND'],
    variables: (f) => ({ input: { caseId: f.subject, force: 'BTP', reason: 'Access matrix' } }),
    records: subjectCase,
    recipients: ['BTP'],
    foreign: notOwn,
  },
  {
    field: 'revokeCaseShare',
    action: 'case:share',
    operation: 'ALTERATION',
    text: 'mutation ($input: RevokeCaseShareInput!) { revokeCaseShare(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND'],
    fresh: (b) => b.sharedWithBtp(),
    variables: (f, _w, own) => ({ input: { caseId: own ?? f.subject, force: 'BTP', reason: 'Access matrix' } }),
    records: ownCase,
    foreign: notOwn,
  },
  {
    field: 'changeCaseStatus',
    action: 'case:update',
    operation: 'ALTERATION',
    text: 'mutation ($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { id status } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND'],
    fresh: (b) => b.subjectLike(),
    variables: (f, _w, own) => ({ input: { caseId: own ?? f.subject, status: 'ACTIVE' } }),
    records: ownCase,
    foreign: notOwn,
  },
  {
    field: 'updateCase',
    action: 'case:update',
    operation: 'ALTERATION',
    text: 'mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND'],
    variables: (f, w) => ({ input: { caseId: f.subject, summary: `Updated by ${w.name}` } }),
    records: subjectCase,
    foreign: notOwn,
  },
  {
    field: 'assignOfficerInCharge',
    action: 'case:assign',
    operation: 'ALTERATION',
    text: 'mutation ($input: AssignOfficerInput!) { assignOfficerInCharge(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND'],
    variables: (f) => ({ input: { caseId: f.subject, officer: 'supervisor.gmp', reason: 'Access matrix' } }),
    records: subjectCase,
    foreign: notOwn,
  },
  {
    field: 'recordEvent',
    action: 'event:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordEventInput!) { recordEvent(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND'],
    variables: (f) => ({ input: { caseId: f.subject, kind: 'SIGHTING', description: 'Seen at the station', occurredAt: '2026-01-02T06:00:00Z' } }),
    records: (f, _own, data) => [`Case:${f.subject}`, `Event:${data.recordEvent.id}`],
    foreign: notOwn,
  },
  {
    field: 'createOperation',
    action: 'operation:manage',
    operation: 'COLLECTION',
    text: 'mutation ($input: CreateOperationInput!) { createOperation(input: $input) { id } }',
    allowed: sees,
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND'],
    // Its own case, so that the operations it makes never widen anyone's sight of the subject.
    fresh: (b) => b.subjectLike(),
    variables: (f, w, own) => ({ input: { name: `Matrix op ${w.name}`, caseIds: [own ?? f.subject], reason: 'Access matrix' } }),
    records: (_f, _own, data) => [`Operation:${data.createOperation.id}`],
    // The writer's force leads it: unless that is GMP, it is given sight of GMP's case.
    recipients: (w) => (reachForce[w.reach] === 'GMP' ? [] : [reachForce[w.reach]]),
    foreign: notOwn,
  },
  {
    field: 'addCaseToOperation',
    action: 'operation:manage',
    operation: 'COMBINATION',
    text: 'mutation ($input: AddCaseToOperationInput!) { addCaseToOperation(input: $input) { id } }',
    allowed: (w) => sees(w) && (w.reach === 'operation' || hubSupervisor(w)),
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND', 'NOT_FOUND'],
    // An operation of its own (led by Merseyside, holding a GMP case), so its forces are known.
    fresh: (b) => b.operationLedByMerpol(),
    variables: (f, _w, own) => ({ input: { operationId: own ?? f.operation, caseId: f.subject, reason: 'Access matrix' } }),
    records: (f, own) => [`Operation:${own ?? f.operation}`],
    recipients: ['MERPOL'],
    foreign: notOwn,
  },
  {
    field: 'addOperationParticipant',
    action: 'operation:manage',
    operation: 'DISCLOSURE',
    text: 'mutation ($input: AddOperationParticipantInput!) { addOperationParticipant(input: $input) { id } }',
    // The operation, not the case: its lead force's supervisors, or the hub's, whatever their clearance.
    allowed: (w) => w.reach === 'operation' || hubSupervisor(w),
    codes: ['FORBIDDEN', 'NOT_FOUND'],
    variables: (f) => ({ input: { operationId: f.operation, force: 'BTP' } }),
    records: (f) => [`Operation:${f.operation}`],
    recipients: ['BTP'],
    foreign: () => false,
  },
  {
    field: 'transferOperationLead',
    action: 'operation:manage',
    operation: 'ALTERATION',
    text: 'mutation ($input: TransferOperationLeadInput!) { transferOperationLead(input: $input) { id } }',
    allowed: (w) => w.reach === 'operation' || hubSupervisor(w),
    codes: ['FORBIDDEN', 'NOT_FOUND'],
    fresh: (b) => b.operationLedByMerpol(),
    variables: (f, w, own) => ({ input: { operationId: own ?? f.operation, leadForce: w.reach === 'hub' ? 'GMP' : 'NCA', reason: 'Access matrix' } }),
    records: (f, own) => [`Operation:${own ?? f.operation}`],
    foreign: () => false,
  },
  {
    field: 'raiseAction',
    action: 'action:raise',
    operation: 'COLLECTION',
    text: 'mutation ($input: RaiseActionInput!) { raiseAction(input: $input) { id } }',
    allowed: (w) => sees(w) && (participates(w) || hubSupervisor(w)),
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND', 'NOT_FOUND'],
    variables: (f) => ({ input: { caseId: f.subject, description: 'Trace the handset' } }),
    records: (_f, _own, data) => [`Action:${data.raiseAction.id}`],
    foreign: notOwn,
  },
  {
    field: 'allocateAction',
    action: 'action:allocate',
    operation: 'ALTERATION',
    text: 'mutation ($input: AllocateActionInput!) { allocateAction(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'NOT_FOUND', 'CASE_NOT_FOUND'],
    fresh: (b) => b.action('FOR_ALLOCATION'),
    variables: (f, _w, own) => ({ input: { actionId: own ?? f.action, officer: gmpSupervisor } }),
    records: (f, own) => [`Action:${own ?? f.action}`],
    foreign: notOwn,
  },
  {
    field: 'completeAction',
    action: 'action:complete',
    operation: 'ALTERATION',
    text: 'mutation ($input: CompleteActionInput!) { completeAction(input: $input) { id } }',
    // Only the officer it is allocated to: each writer who could be is allocated one of their own.
    allowed: (w) => sees(w) && participates(w),
    codes: ['FORBIDDEN', 'NOT_FOUND', 'CASE_NOT_FOUND'],
    fresh: (b, w) => b.action('ALLOCATED', { username: w.name, force: reachForce[w.reach] }),
    variables: (f, _w, own) => ({ input: { actionId: own ?? f.allocated, result: 'Handset traced' } }),
    records: (f, own) => [`Action:${own ?? f.allocated}`],
    foreign: notOwn,
  },
  {
    field: 'resultAction',
    action: 'action:review',
    operation: 'ALTERATION',
    text: 'mutation ($input: ActionStepInput!) { resultAction(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'NOT_FOUND', 'CASE_NOT_FOUND'],
    fresh: (b) => b.action('COMPLETED', gmpSupervisor),
    variables: (f, _w, own) => ({ input: { actionId: own ?? f.allocated } }),
    records: (f, own) => [`Action:${own ?? f.allocated}`],
    foreign: notOwn,
  },
  {
    field: 'fileAction',
    action: 'action:review',
    operation: 'ALTERATION',
    text: 'mutation ($input: ActionStepInput!) { fileAction(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'NOT_FOUND', 'CASE_NOT_FOUND'],
    fresh: (b) => b.action('RESULTED', gmpSupervisor),
    variables: (f, _w, own) => ({ input: { actionId: own ?? f.allocated } }),
    records: (f, own) => [`Action:${own ?? f.allocated}`],
    foreign: notOwn,
  },
  {
    field: 'recordPerson',
    action: 'person:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordPersonInput!) { recordPerson(input: $input) { person { id } } }',
    ...seen,
    variables: (f, w) => ({ input: { caseId: f.subject, role: 'WITNESS', forenames: 'Matrix', surname: `Witness ${w.name}` } }),
    records: (f, _own, data) => [`Case:${f.subject}`, `Person:${data.recordPerson.person.id}`],
  },
  {
    field: 'linkPersonToCase',
    action: 'person:record',
    operation: 'COMBINATION',
    text: 'mutation ($input: LinkPersonInput!) { linkPersonToCase(input: $input) { person { id } } }',
    ...seen,
    variables: (f) => ({ input: { personId: f.person, caseId: f.subject, role: 'ASSOCIATE' } }),
    records: (f) => [`Case:${f.subject}`, `Person:${f.person}`],
  },
  {
    field: 'updatePerson',
    action: 'person:record',
    operation: 'ALTERATION',
    text: 'mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
    ...seen,
    variables: (f) => ({ input: { personId: f.person, dateOfBirth: '1990' } }),
    records: (f) => [`Person:${f.person}`],
  },
  {
    field: 'recordAlias',
    action: 'person:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordAliasInput!) { recordAlias(input: $input) { id } }',
    ...seen,
    variables: (f, w) => ({ input: { personId: f.person, forenames: 'Alias', surname: w.name } }),
    records: (f) => [`Person:${f.person}`],
  },
  {
    field: 'linkPeople',
    action: 'person:record',
    operation: 'COMBINATION',
    text: 'mutation ($input: LinkPeopleInput!) { linkPeople(input: $input) { kind } }',
    ...seen,
    variables: (f) => ({ input: { fromId: f.person, toId: f.associate, kind: 'KNOWS', caseId: f.subject } }),
    records: (f) => [`Case:${f.subject}`],
  },
  object('recordPhone', 'Phone', () => ({ number: '07700 900950' })),
  object('recordVehicle', 'Vehicle', () => ({ vrm: 'MX26 MTX' })),
  object('recordEmailAddress', 'EmailAddress', (f) => ({ address: `matrix.${f.suffix}@example.org` })),
  object('recordOnlineAccount', 'OnlineAccount', (f) => ({ platform: 'Instagram', handle: `matrix_${f.suffix}` })),
  object('recordBankAccount', 'BankAccount', (f) => ({ sortCode: '40-11-62', accountNumber: f.suffix.replace(/\D/g, '').padEnd(8, '7').slice(0, 8) })),
  object('recordItem', 'Item', () => ({ kind: 'CASH', description: 'Cash in a shoebox' })),
  {
    field: 'recordNrmReferral',
    action: 'nrm:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordNrmReferralInput!) { recordNrmReferral(input: $input) { id } }',
    ...seen,
    variables: (f) => ({ input: { personId: f.victim, caseId: f.subject, referralDate: `${year}-01-05`, firstResponder: 'Greater Manchester Police', consent: 'CONSENTED' } }),
    records: (_f, _own, data) => [`NrmReferral:${data.recordNrmReferral.id}`],
  },
  {
    field: 'recordNrmDecision',
    action: 'nrm:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { id } }',
    allowed: sees,
    codes: ['FORBIDDEN', 'NOT_FOUND'],
    fresh: (b) => b.referral(),
    variables: (f, _w, own) => ({ input: { referralId: own ?? f.referral, stage: 'REASONABLE_GROUNDS', decision: 'POSITIVE', date: `${year}-01-09` } }),
    records: (f, own) => [`NrmReferral:${own ?? f.referral}`],
    foreign: notOwn,
  },
  {
    field: 'checkSubject',
    action: 'subject:check',
    operation: 'COLLECTION',
    text: 'mutation ($input: SubjectCheckInput!) { checkSubject(input: $input) { value } }',
    // Anyone who checks subjects: what they learn is decided by what they see (discovery.e2e.ts).
    allowed: () => true,
    codes: ['FORBIDDEN'],
    variables: () => ({ input: { kind: 'PHONE', value: '07700 900950', reason: 'Access matrix check' } }),
    records: () => [],
    foreign: (w) => sees(w) && notOwn(w),
  },
  {
    field: 'recordIntelligence',
    action: 'intel:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordIntelligenceInput!) { recordIntelligence(input: $input) { id } }',
    allowed: sees,
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND', 'NOT_FOUND'],
    variables: (f) => ({
      input: { subjectKind: 'CASE', subjectId: f.subject, text: 'Line runs from Moss Side', grading: { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P' }, classification: 'SECRET', caveats: ['SENSITIVE'] },
    }),
    records: (_f, _own, data) => [`IntelligenceItem:${data.recordIntelligence.id}`],
    foreign: notOwn,
  },
  {
    field: 'recordAddress',
    action: 'location:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordAddressInput!) { recordAddress(input: $input) { id } }',
    ...seen,
    variables: (f) => ({ input: { personId: f.person, line1: `${f.suffix} Matrix Row`, town: 'Manchester', postcode: 'M1 1AE' } }),
    records: (f) => [`Person:${f.person}`],
  },
  {
    field: 'exportCase',
    action: 'case:export',
    operation: 'DISCLOSURE',
    text: 'mutation ($input: ExportCaseInput!) { exportCase(input: $input) { reference records } }',
    // The owning force discloses its cases, the hub any case; a force shared a case does not pass it on.
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND'],
    variables: (f) => ({ input: { caseId: f.subject, recipients: ['CPS North West'] } }),
    records: subjectCase,
    recipients: ['CPS North West'],
    foreign: () => true,
  },
];
