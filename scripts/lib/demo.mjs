// @ts-check
// The demo: a small cross-force story, loaded through the gateway as the demo officers themselves,
// so it obeys every rule a real user does (and leaves a real audit trail). Loading it twice adds
// nothing: its first case is opened with a fixed idempotency key, so once the demo exists that
// create finds it (a direct lookup on the key, however many cases came since) and answers
// `replayed`, and the rest is skipped.
//
// - A county line run from Moss Side (GMP) into Anfield (Merseyside) and Crewe (Cheshire): one deal
//   line phone recorded by three forces' cases, a child runner, a cuckooed flat.
// - A labour-trafficking ring whose victims appear in Met, West Midlands and Greater Manchester cases.
// - Two hub-led operations joining those cases, with actions allocated across the forces, graded
//   intelligence, a shared case and a deconfliction check that alerts an officer in charge.
// - A GMP detective recording a number the Met holds: told "known to MPS", asking, and granted.
// - Officers in teams (from the realm's `team` attribute, and one placed by GMP's supervisor), so the
//   supervisor's workload shows each team's load.
import { graphql, passwordToken } from './graphql-client.mjs';

export const DEMO_MARKER = 'Larkspur deal line: Moss Side to Merseyside and Cheshire';
/** detective.gmp's idempotency key for the demo's first case: what tells a loaded demo. */
export const DEMO_KEY = 'crosslink-demo:larkspur-deal-line';
const PURPOSE = 'Loading the Crosslink demonstration data';

/**
 * @param {string} gateway GraphQL URL @param {string} keycloak Keycloak base URL
 * @returns {Promise<{loaded: boolean}>}
 */
export async function loadDemo(gateway, keycloak) {
  /** @type {Record<string, string>} */
  const tokens = {};
  for (const user of [
    'detective.gmp',
    'dc.rahman',
    'supervisor.gmp',
    'detective.met',
    'supervisor.met',
    'detective.wmp',
    'detective.merpol',
    'supervisor.nca',
    'analyst.nca',
  ]) {
    tokens[user] = await passwordToken(keycloak, user);
  }
  /** @param {string} user @param {string} query @param {Record<string, unknown>} [variables] */
  const as = (user, query, variables = {}) => graphql(gateway, tokens[user] ?? '', query, variables, PURPOSE);
  // Each demo officer signs in once, so Crosslink knows them before work is given them.
  for (const user of Object.keys(tokens)) await as(user, '{ forces { code } }');

  /** @param {string} user @param {Record<string, unknown>} input */
  const openCase = async (user, input) =>
    (await as(user, 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { case { id } } }', { i: input })).createCase.case.id;
  /** @param {string} user @param {Record<string, unknown>} input */
  const person = async (user, input) =>
    (await as(user, 'mutation ($i: RecordPersonInput!) { recordPerson(input: $i) { person { id } } }', { i: input })).recordPerson.person.id;
  /** @param {string} user @param {Record<string, unknown>} input */
  const address = async (user, input) =>
    (await as(user, 'mutation ($i: RecordAddressInput!) { recordAddress(input: $i) { location { id } } }', { i: input })).recordAddress.location.id;
  /** @param {string} user @param {string} kind @param {Record<string, unknown>} input */
  const object = (user, kind, input) => as(user, `mutation ($i: Record${kind}Input!) { record${kind}(input: $i) { __typename } }`, { i: input });
  /** @param {string} user @param {Record<string, unknown>} input */
  const event = (user, input) => as(user, 'mutation ($i: RecordEventInput!) { recordEvent(input: $i) { id } }', { i: input });
  /** @param {string} personId @param {string} caseId @param {string} role */
  const link = (personId, caseId, role) =>
    as('supervisor.nca', 'mutation ($i: LinkPersonInput!) { linkPersonToCase(input: $i) { role } }', { i: { personId, caseId, role } });

  // --- The county line ------------------------------------------------------------------------
  const first = (
    await as('detective.gmp', 'mutation ($i: CreateCaseInput!) { createCase(input: $i) { replayed case { id } } }', {
      i: {
        title: DEMO_MARKER,
        summary: 'A deal line run from Moss Side supplying crack cocaine and heroin into Anfield and Crewe, using local children as runners.',
        crimeTypes: ['COUNTY_LINES', 'DRUGS'],
        priority: 'HIGH',
        idempotencyKey: DEMO_KEY,
      },
    })
  ).createCase;
  if (first.replayed) return { loaded: false };
  const line = first.case.id;
  const controller = await person('detective.gmp', {
    caseId: line,
    role: 'SUSPECT',
    forenames: 'Dwayne',
    surname: 'Mercer',
    dateOfBirth: '1994-02-11',
    gender: 'MALE',
    nationality: 'GBR',
    aliases: [{ forenames: 'D', surname: 'Merc' }],
  });
  const runner = await person('detective.gmp', {
    caseId: line,
    role: 'VICTIM',
    forenames: 'Kai',
    surname: 'Brennan',
    dateOfBirth: '2010-07-23',
    gender: 'MALE',
    vulnerabilities: ['CARE_LEAVER'],
  });
  const mossSide = await address('detective.gmp', {
    caseId: line,
    personId: controller,
    line1: '41 Claremont Road',
    town: 'Manchester',
    postcode: 'M14 4RS',
    latitude: 53.4537,
    longitude: -2.2336,
  });
  const dealLine = '07700 900461';
  await object('detective.gmp', 'Phone', { caseId: line, personId: controller, number: dealLine });
  await object('detective.gmp', 'Vehicle', { caseId: line, personId: controller, vrm: 'MA19 KRX', make: 'Audi', model: 'A3', colour: 'Black' });
  await event('detective.gmp', {
    caseId: line,
    kind: 'SIGHTING',
    description: 'Controller seen collecting from the runner outside the address',
    occurredAt: '2026-08',
    locationId: mossSide,
  });

  const cuckoo = await openCase('detective.merpol', {
    title: 'Cuckooed flat, Anfield',
    summary: 'A vulnerable tenant’s flat taken over to store and cut drugs by an out-of-area line.',
    crimeTypes: ['COUNTY_LINES', 'MODERN_SLAVERY'],
    priority: 'HIGH',
  });
  const tenant = await person('detective.merpol', {
    caseId: cuckoo,
    role: 'VICTIM',
    forenames: 'Graham',
    surname: 'Pettifer',
    dateOfBirth: '1961-05-30',
    vulnerabilities: ['LEARNING_DISABILITY', 'SUBSTANCE_MISUSE'],
  });
  const anfield = await address('detective.merpol', {
    caseId: cuckoo,
    personId: tenant,
    line1: 'Flat 3, 12 Anfield Road',
    town: 'Liverpool',
    postcode: 'L4 0TH',
    latitude: 53.4331,
    longitude: -2.9636,
  });
  await object('detective.merpol', 'Phone', { caseId: cuckoo, number: '+44 7700 900461' });
  await event('detective.merpol', {
    caseId: cuckoo,
    kind: 'INCIDENT',
    description: 'Neighbours report several young men visiting the flat at all hours',
    occurredAt: '2026-08-02',
    locationId: anfield,
  });

  const crewe = await openCase('supervisor.nca', {
    title: 'Runner stopped at Crewe station',
    force: 'CHES',
    summary: 'A 16-year-old stopped by BTP and Cheshire officers with wraps and a phone.',
    crimeTypes: ['COUNTY_LINES', 'DRUGS'],
    priority: 'MEDIUM',
  });
  await link(runner, crewe, 'VICTIM');
  await object('supervisor.nca', 'Phone', { caseId: crewe, personId: runner, number: '0044 7700 900461' });
  // Cheshire saw the controller's car drop the runner off, and describes it otherwise: each force's
  // description is its own case's claim, shown side by side, and neither overwrites the other. Its
  // driver is the controller, recorded with a slip in his surname: the review queue (Matches)
  // suggests the two records as one man (same date of birth, same car).
  const driver = await person('supervisor.nca', {
    caseId: crewe,
    role: 'SUSPECT',
    forenames: 'Dwayne',
    surname: 'Mecrer',
    dateOfBirth: '1994-02-11',
    gender: 'MALE',
  });
  await object('supervisor.nca', 'Vehicle', { caseId: crewe, personId: driver, vrm: 'ma19krx', make: 'Audi', model: 'A4', colour: 'Grey' });
  await event('supervisor.nca', {
    caseId: crewe,
    kind: 'ARREST',
    description: 'Runner detained at Crewe railway station; safeguarding referral made',
    occurredAt: '2026-09-14T17:40:00Z',
  });
  await as('supervisor.nca', 'mutation ($i: RecordNrmReferralInput!) { recordNrmReferral(input: $i) { id } }', {
    i: {
      personId: runner,
      caseId: crewe,
      referralDate: '2026-09-15',
      firstResponder: 'Cheshire Constabulary',
      guardianContact: 'Manchester City Council children’s services',
    },
  });

  // --- The trafficking ring --------------------------------------------------------------------
  const carWash = await openCase('detective.met', {
    title: 'Hand car wash labour exploitation, Stratford',
    summary: 'Workers housed in multiple-occupancy properties; wages taken by controllers.',
    crimeTypes: ['HUMAN_TRAFFICKING', 'MODERN_SLAVERY'],
    priority: 'HIGH',
  });
  const trafficker = await person('detective.met', {
    caseId: carWash,
    role: 'SUSPECT',
    forenames: 'Florin',
    surname: 'Dumitru',
    dateOfBirth: '1986-10-02',
    nationality: 'ROU',
  });
  const worker = await person('detective.met', {
    caseId: carWash,
    role: 'VICTIM',
    forenames: 'Ionuţ',
    surname: 'Popa',
    dateOfBirth: '1999',
    nationality: 'ROU',
    vulnerabilities: ['LANGUAGE_BARRIER', 'DEBT_BONDAGE'],
  });
  await address('detective.met', {
    caseId: carWash,
    personId: trafficker,
    line1: '88 High Street',
    town: 'London',
    postcode: 'E15 2NE',
    latitude: 51.5345,
    longitude: -0.0032,
  });
  await object('detective.met', 'BankAccount', { caseId: carWash, personId: trafficker, sortCode: '20-00-00', accountNumber: '55779911' });
  await as('detective.met', 'mutation ($i: RecordNrmReferralInput!) { recordNrmReferral(input: $i) { id } }', {
    i: { personId: worker, caseId: carWash, referralDate: '2026-06-03', firstResponder: 'Metropolitan Police Service', consent: 'CONSENTED' },
  });

  const nailBar = await openCase('detective.wmp', {
    title: 'Nail bar forced labour, Small Heath',
    summary: 'Women working unpaid to repay travel debts; passports held by a controller.',
    crimeTypes: ['HUMAN_TRAFFICKING'],
    priority: 'MEDIUM',
  });
  const nailWorker = await person('detective.wmp', {
    caseId: nailBar,
    role: 'VICTIM',
    forenames: 'Elena',
    surname: 'Marin',
    dateOfBirth: '2001-03',
    nationality: 'ROU',
    vulnerabilities: ['DEBT_BONDAGE'],
  });
  await address('detective.wmp', {
    caseId: nailBar,
    personId: nailWorker,
    line1: '220 Coventry Road',
    town: 'Birmingham',
    postcode: 'B10 0RX',
    latitude: 52.4706,
    longitude: -1.859,
  });
  await object('detective.wmp', 'BankAccount', { caseId: nailBar, sortCode: '200000', accountNumber: '55779911' });

  const warehouse = await openCase('detective.gmp', {
    title: 'Forced labour at a Trafford Park warehouse',
    summary: 'Agency workers housed by the same controllers as the Stratford car wash.',
    crimeTypes: ['MODERN_SLAVERY'],
    priority: 'MEDIUM',
  });
  await link(trafficker, warehouse, 'SUSPECT');
  await link(worker, warehouse, 'VICTIM');
  // The two networks meet here: the vans that move the warehouse workers are run by the deal line's
  // controller, who knows the ring's controller — the chain an analyst follows from the Met's suspect
  // to GMP's child runner.
  await link(controller, warehouse, 'SUSPECT');
  await as('detective.gmp', 'mutation ($i: LinkPeopleInput!) { linkPeople(input: $i) { kind } }', {
    i: { fromId: trafficker, toId: controller, kind: 'KNOWS', caseId: warehouse },
  });

  // --- Coordination ------------------------------------------------------------------------------
  /** @param {Record<string, unknown>} input */
  const operation = async (input) =>
    (await as('supervisor.nca', 'mutation ($i: CreateOperationInput!) { createOperation(input: $i) { id } }', { i: input })).createOperation.id;
  const larkspur = await operation({
    name: 'Operation Larkspur',
    caseIds: [line, cuckoo, crewe],
    leadForce: 'NCA',
    reason: 'One deal line runs through three forces; the hub coordinates until the exporting force takes the lead.',
  });
  await operation({
    name: 'Operation Tundra',
    caseIds: [carWash, nailBar, warehouse],
    leadForce: 'NCA',
    reason: 'The same controllers and account appear in Met, West Midlands and Greater Manchester trafficking cases.',
  });
  /** @param {Record<string, unknown>} input @param {string} username @param {string} force */
  const action = async (input, username, force) => {
    const raised = await as('supervisor.nca', 'mutation ($i: RaiseActionInput!) { raiseAction(input: $i) { id } }', { i: input });
    await as('supervisor.nca', 'mutation ($i: AllocateActionInput!) { allocateAction(input: $i) { id } }', {
      i: { actionId: raised.raiseAction.id, officer: { username, force } },
    });
  };
  await action(
    {
      operationId: larkspur,
      description: 'Obtain call data for the deal line and map its cell sites across the three force areas',
      priority: 'HIGH',
      dueDate: '2026-12-10',
    },
    'detective.gmp',
    'GMP',
  );
  await action(
    { operationId: larkspur, description: 'Safeguarding visit to the Anfield tenant with adult social care', priority: 'HIGH', dueDate: '2026-12-04' },
    'detective.merpol',
    'MERPOL',
  );
  await as('supervisor.nca', 'mutation ($i: RaiseActionInput!) { raiseAction(input: $i) { id } }', {
    i: { caseId: warehouse, description: 'Identify the agency supplying workers to the warehouse', priority: 'MEDIUM', dueDate: '2027-01-15' },
  });

  await as('analyst.nca', 'mutation ($i: RecordIntelligenceInput!) { recordIntelligence(input: $i) { id } }', {
    i: {
      subjectKind: 'PERSON',
      subjectId: controller,
      text: 'Runs the Larkspur line from Moss Side; rotates handsets monthly but keeps the number.',
      grading: {
        sourceEvaluation: 2,
        assessment: 'B',
        handlingCode: 'C',
        handlingConditions: 'Not to be disclosed outside law enforcement; protect the source.',
      },
    },
  });
  await as('supervisor.gmp', 'mutation ($i: ShareCaseInput!) { shareCase(input: $i) { id } }', {
    i: { caseId: warehouse, force: 'WMP', reason: 'West Midlands victims were housed by the same controllers.' },
  });
  // A GMP detective new to Crosslink signs in (so it knows them); GMP's supervisor brings them into
  // the Modern Slavery Unit and hands them the warehouse enquiry, so GMP's workload shows two teams.
  await as('supervisor.gmp', 'mutation ($i: SetOfficerTeamInput!) { setOfficerTeam(input: $i) { team } }', {
    i: { officer: { username: 'dc.rahman', force: 'GMP' }, team: 'Modern Slavery Unit' },
  });
  await as('supervisor.gmp', 'mutation ($i: AssignOfficerInput!) { assignOfficerInCharge(input: $i) { id } }', {
    i: { caseId: warehouse, officer: 'dc.rahman', reason: 'The Modern Slavery Unit takes the Trafford Park enquiry' },
  });
  // A West Midlands detective meets the deal line on a stop and asks whether it is known.
  await as('detective.wmp', 'mutation ($i: SubjectCheckInput!) { checkSubject(input: $i) { value } }', {
    i: { kind: 'PHONE', value: '07700900461', reason: 'Number found on a phone seized at a Small Heath stop' },
  });

  // --- Linking without leaking -------------------------------------------------------------------
  // A GMP detective records the recruiters' number in a new case. The answer says only that the Met
  // knows it, and who is in charge there; the Met's officer is alerted. GMP asks for the case, the
  // Met's supervisor grants it, and GMP then sees the Met's case through the share.
  const adverts = await openCase('detective.met', {
    title: 'Fake job adverts for car wash work, Newham',
    summary: 'Adverts placed by the Stratford ring’s recruiters; the number is answered by a controller.',
    crimeTypes: ['MODERN_SLAVERY'],
    priority: 'MEDIUM',
  });
  await object('detective.met', 'Phone', { caseId: adverts, number: '020 7946 0321' });
  const recruiting = await openCase('detective.gmp', {
    title: 'Job adverts recruiting agency workers, Stockport',
    summary: 'Adverts promising warehouse work with housing; the number matches nothing of GMP’s.',
    crimeTypes: ['MODERN_SLAVERY'],
    priority: 'MEDIUM',
  });
  const recorded = await as('detective.gmp', 'mutation ($i: RecordPhoneInput!) { recordPhone(input: $i) { hits { id force { code } officerInCharge } } }', {
    i: { caseId: recruiting, number: '+44 20 7946 0321' },
  });
  const metHit = recorded.recordPhone.hits.find((/** @type {{ force: { code: string } }} */ h) => h.force.code === 'MPS');
  if (metHit?.officerInCharge !== 'detective.met' || !metHit.id)
    throw new Error(`the demo expected the Met's number to be "known to MPS", got ${JSON.stringify(recorded)}`);
  const request = await as('detective.gmp', 'mutation ($i: RequestCaseAccessInput!) { requestCaseAccess(input: $i) { id } }', {
    i: { hitId: metHit.id, purpose: 'The Stockport adverts use the Met’s recruiters’ number: we need to know who answers it' },
  });
  await as('supervisor.met', 'mutation ($i: DecideCaseAccessInput!) { decideCaseAccess(input: $i) { id } }', {
    i: { requestId: request.requestCaseAccess.id, grant: true, reason: 'Same recruiters: work it jointly with Stratford' },
  });
  return { loaded: true };
}
