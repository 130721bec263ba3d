// Every mutation of the API, as the access matrix attempts it: what it takes, who may make it, what
// it refuses with, and the audit event it must leave. The matrix (access-matrix-*.e2e.ts) attempts each
// one as every writer against one subject case and checks outcome and audit against these specs.
import { handles, reachForce, sees, type Fixtures, type MutationSpec, type Writer } from './mutation-matrix.js';

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
/**
 * Writes into the subject case or to its people: its owning force's (GMP's) officers, or a hub
 * supervisor, who see it — seeing it through a share or an operation is not enough.
 */
const owned = { ...seen, allowed: (w: Writer) => sees(w) && worksForOwner(w) } as const;
/**
 * Where a record mutation's answer holds the object: a shared object's payload names it by its type
 * in lower camel case (RecordPhonePayload.phone), beside its hits; an item is the answer itself.
 */
const objectSelection = (label: string) => (label === 'Item' ? '{ id }' : `{ ${label.charAt(0).toLowerCase() + label.slice(1)} { id } }`);
const objectOf = (label: string, answer: any) => (label === 'Item' ? answer : answer[label.charAt(0).toLowerCase() + label.slice(1)]);

const object = (field: string, label: string, extra: (f: Fixtures) => Record<string, unknown>): MutationSpec => ({
  field,
  action: 'object:record',
  operation: 'COLLECTION',
  text: `mutation ($input: Record${label}Input!) { ${field}(input: $input) ${objectSelection(label)} }`,
  ...owned,
  variables: (f) => ({ input: { caseId: f.subject, personId: f.person, ...extra(f) } }),
  records: (f, _own, data) => [`Case:${f.subject}`, `Person:${f.person}`, `${label}:${objectOf(label, data[field]).id}`],
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
    field: 'requestCaseAccess',
    action: 'case:read',
    operation: 'COLLECTION',
    text: 'mutation ($input: RequestCaseAccessInput!) { requestCaseAccess(input: $input) { id } }',
    // A hit is usable only by the officer it was given to: detective.wmp, none of the writers.
    allowed: () => false,
    codes: ['NOT_FOUND'],
    variables: (f) => ({ input: { hitId: f.hit, purpose: 'Access matrix: asking with another officer’s hit' } }),
    records: () => [],
    foreign: () => false,
  },
  {
    field: 'acknowledgeAlert',
    action: 'case:read',
    operation: 'ALTERATION',
    text: 'mutation ($id: ID!) { acknowledgeAlert(id: $id) { id } }',
    // The hit's alert reaches the case's officer in charge (the hub's supervisor, no writer) and
    // the supervisors of its force who may see it; to anyone else it does not exist.
    allowed: (w) => sees(w) && w.reach === 'own' && w.role === 'supervisor',
    codes: ['NOT_FOUND'],
    variables: (f) => ({ id: f.hit }),
    records: (f) => [`AlertReceipt:${f.hit}`],
    foreign: () => false,
  },
  {
    field: 'decideCaseAccess',
    action: 'case:share',
    operation: 'DISCLOSURE',
    text: 'mutation ($input: DecideCaseAccessInput!) { decideCaseAccess(input: $input) { id status } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'NOT_FOUND'],
    fresh: (b) => b.accessRequest(),
    variables: (f, _w, own) => ({ input: { requestId: own ?? f.accessRequest, grant: true, reason: 'Access matrix' } }),
    records: (f, own) => [`AccessRequest:${own ?? f.accessRequest}`],
    recipients: ['WMP'],
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
    // Only the case's owning force (or the hub) puts it in an operation.
    allowed: (w) => sees(w) && worksForOwner(w),
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
    // Running the operation (Merseyside leads it) is not enough: the GMP case is not Merseyside's to join.
    allowed: (w) => sees(w) && hubSupervisor(w),
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
    // The operation holds GMP's case, so Merseyside, which leads it, may not let another force see
    // it; the hub's supervisors may, whatever their clearance. A disclosure always needs a purpose.
    allowed: hubSupervisor,
    codes: ['FORBIDDEN', 'NOT_FOUND'],
    variables: (f) => ({ input: { operationId: f.operation, force: 'BTP', reason: 'Access matrix' } }),
    records: (f) => [`Operation:${f.operation}`],
    recipients: ['BTP'],
    foreign: () => true,
  },
  {
    field: 'removeCaseFromOperation',
    action: 'operation:manage',
    operation: 'ALTERATION',
    text: 'mutation ($input: RemoveCaseFromOperationInput!) { removeCaseFromOperation(input: $input) { id } }',
    // The case's own force, the operation's lead (Merseyside) or the hub, each seeing the case.
    allowed: (w) => sees(w) && (w.reach === 'own' || w.reach === 'operation' || hubSupervisor(w)),
    codes: ['FORBIDDEN', 'CASE_NOT_FOUND', 'NOT_FOUND'],
    // A GMP case like the subject, in the subject's operation, to take out.
    fresh: (b) => b.subjectLike(),
    variables: (f, _w, own) => ({ input: { operationId: f.operation, caseId: own ?? f.subject, reason: 'Access matrix' } }),
    records: (f, own) => [`Operation:${f.operation}`, `Case:${own ?? f.subject}`],
    // The case is GMP's, the operation Merseyside's: another force's data to every writer.
    foreign: () => true,
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
    // The lead goes to another force, whose data the operation then is.
    foreign: () => true,
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
    field: 'setOfficerTeam',
    action: 'officer:manage',
    operation: 'ALTERATION',
    text: 'mutation ($input: SetOfficerTeamInput!) { setOfficerTeam(input: $input) { username team } }',
    // A supervisor of the officer's force, or of the hub; seeing the subject has nothing to do with it.
    allowed: (w) => w.reach === 'own' || w.reach === 'hub' || w.reach === 'hubDetective',
    codes: ['FORBIDDEN'],
    // The team the realm gives supervisor.gmp, so that placing them again changes nothing others see.
    variables: () => ({ input: { officer: gmpSupervisor, team: 'County Lines Taskforce' } }),
    records: () => ['Officer:supervisor.gmp'],
    // An officer's place in a team is the forces' staff record, not case data.
    foreign: () => false,
  },
  {
    field: 'returnAction',
    action: 'action:review',
    operation: 'ALTERATION',
    text: 'mutation ($input: ReturnActionInput!) { returnAction(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'NOT_FOUND', 'CASE_NOT_FOUND'],
    fresh: (b) => b.action('COMPLETED', gmpSupervisor),
    variables: (f, _w, own) => ({ input: { actionId: own ?? f.allocated, comment: 'Access matrix: not yet' } }),
    records: (f, own) => [`Action:${own ?? f.allocated}`],
    foreign: notOwn,
  },
  {
    field: 'commentOnAction',
    action: 'action:comment',
    operation: 'COLLECTION',
    text: 'mutation ($input: CommentOnActionInput!) { commentOnAction(input: $input) { id } }',
    // Supervisors of the owning force or the hub (the action is allocated to none of the writers).
    allowed: (w) => sees(w) && w.role === 'supervisor' && worksForOwner(w),
    codes: ['FORBIDDEN', 'NOT_FOUND', 'CASE_NOT_FOUND'],
    variables: (f) => ({ input: { actionId: f.action, text: 'Access matrix remark' } }),
    records: (f) => [`Action:${f.action}`],
    foreign: notOwn,
  },
  {
    field: 'recordPerson',
    action: 'person:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordPersonInput!) { recordPerson(input: $input) { person { id } } }',
    ...owned,
    variables: (f, w) => ({ input: { caseId: f.subject, role: 'WITNESS', forenames: 'Matrix', surname: `Witness ${w.name}` } }),
    records: (f, _own, data) => [`Case:${f.subject}`, `Person:${data.recordPerson.person.id}`],
  },
  {
    field: 'linkPersonToCase',
    action: 'person:record',
    operation: 'COMBINATION',
    text: 'mutation ($input: LinkPersonInput!) { linkPersonToCase(input: $input) { person { id } } }',
    ...owned,
    variables: (f) => ({ input: { personId: f.person, caseId: f.subject, role: 'ASSOCIATE' } }),
    records: (f) => [`Case:${f.subject}`, `Person:${f.person}`],
  },
  {
    field: 'updatePerson',
    action: 'person:record',
    operation: 'ALTERATION',
    text: 'mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
    ...owned,
    variables: (f) => ({ input: { personId: f.person, dateOfBirth: '1990' } }),
    records: (f) => [`Person:${f.person}`],
  },
  {
    field: 'recordAlias',
    action: 'person:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordAliasInput!) { recordAlias(input: $input) { id } }',
    ...owned,
    variables: (f, w) => ({ input: { personId: f.person, forenames: 'Alias', surname: w.name } }),
    records: (f) => [`Person:${f.person}`],
  },
  {
    field: 'linkPeople',
    action: 'person:record',
    operation: 'COMBINATION',
    text: 'mutation ($input: LinkPeopleInput!) { linkPeople(input: $input) { kind } }',
    ...owned,
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
    ...owned,
    variables: (f) => ({
      input: { personId: f.victim, caseId: f.subject, referralDate: `${year}-01-05`, firstResponder: 'Greater Manchester Police', consent: 'CONSENTED' },
    }),
    records: (_f, _own, data) => [`NrmReferral:${data.recordNrmReferral.id}`],
  },
  {
    field: 'recordNrmDecision',
    action: 'nrm:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordNrmDecisionInput!) { recordNrmDecision(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'NOT_FOUND'],
    fresh: (b) => b.referral(),
    variables: (f, _w, own) => ({ input: { referralId: own ?? f.referral, stage: 'REASONABLE_GROUNDS', decision: 'POSITIVE', date: `${year}-01-09` } }),
    records: (f, own) => [`NrmReferral:${own ?? f.referral}`],
    foreign: notOwn,
  },
  {
    field: 'changeNrmDecision',
    action: 'nrm:record',
    operation: 'ALTERATION',
    text: 'mutation ($input: ChangeNrmDecisionInput!) { changeNrmDecision(input: $input) { id } }',
    allowed: (w) => sees(w) && worksForOwner(w),
    codes: ['FORBIDDEN', 'NOT_FOUND'],
    fresh: (b) => b.decidedReferral(),
    variables: (f, _w, own) => ({
      input: { referralId: own ?? f.referral, stage: 'REASONABLE_GROUNDS', decision: 'NEGATIVE', date: `${year}-01-10`, reason: 'Access matrix correction' },
    }),
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
      input: {
        subjectKind: 'CASE',
        subjectId: f.subject,
        text: 'Line runs from Moss Side',
        grading: { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P' },
        classification: 'SECRET',
        caveats: ['SENSITIVE'],
      },
    }),
    records: (_f, _own, data) => [`IntelligenceItem:${data.recordIntelligence.id}`],
    foreign: notOwn,
  },
  {
    field: 'recordAddress',
    action: 'location:record',
    operation: 'COLLECTION',
    text: 'mutation ($input: RecordAddressInput!) { recordAddress(input: $input) { location { id } } }',
    ...owned,
    variables: (f) => ({ input: { caseId: f.subject, personId: f.person, line1: `${f.suffix} Matrix Row`, town: 'Manchester', postcode: 'M1 1AE' } }),
    records: (f, _own, data) => [`Location:${data.recordAddress.location.id}`, `Case:${f.subject}`, `Person:${f.person}`],
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
  {
    field: 'exportNetwork',
    action: 'network:export',
    operation: 'DISCLOSURE',
    text: 'mutation ($input: ExportNetworkInput!) { exportNetwork(input: $input) { records files { name } } }',
    // Whoever sees the subject's suspect may disclose the network around them; nothing seen, nothing to export.
    allowed: sees,
    codes: ['FORBIDDEN', 'NOT_FOUND'],
    variables: (f) => ({ input: { scope: { seeds: [{ kind: 'PERSON', id: f.person }], hops: 1 }, format: 'CSV', recipients: ['CPS North West'] } }),
    records: (f) => [`Person:${f.person}`],
    recipients: ['CPS North West'],
    foreign: () => true,
  },
  {
    field: 'decideMatch',
    action: 'intel:record',
    operation: 'COMBINATION',
    text: 'mutation ($input: DecideMatchInput!) { decideMatch(input: $input) { id decision { outcome } } }',
    // Whoever sees both people may decide whether they are one: here the subject's two suspects, so
    // sight of the subject. Deciding the pair again replaces the decision, so every writer may.
    allowed: sees,
    codes: ['FORBIDDEN', 'PERSON_NOT_FOUND'],
    variables: (f) => ({ input: { personId: f.person, otherId: f.associate, outcome: 'DIFFERENT', reason: 'Access matrix: two suspects of one case' } }),
    records: (f) => [`Person:${f.person}`, `Person:${f.associate}`],
    foreign: notOwn,
  },
];
