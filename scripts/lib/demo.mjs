// @ts-check
// A small cross-force demo, loaded through the gateway as the demo officers themselves, so it
// obeys every rule a real user does. Loading it twice adds nothing.
import { graphql, passwordToken } from './graphql-client.mjs';

const createCase = `mutation ($input: CreateCaseInput!) { createCase(input: $input) { reference case { id } } }`;
const recordPerson = `mutation ($input: RecordPersonInput!) { recordPerson(input: $input) { person { id } } }`;
const linkPerson = `mutation ($input: LinkPersonInput!) { linkPersonToCase(input: $input) { role } }`;
const recordAddress = `mutation ($input: RecordAddressInput!) { recordAddress(input: $input) { id } }`;
const findCases = `query ($force: ID!) { cases(filter: { force: $force }, first: 100) { edges { node { title } } } }`;

const marker = 'Operation Larkspur: Manchester–Merseyside deal line';

/**
 * @param {string} gateway GraphQL URL @param {string} keycloak Keycloak base URL
 * @returns {Promise<{loaded: boolean}>}
 */
export async function loadDemo(gateway, keycloak) {
  const gmp = await passwordToken(keycloak, 'detective.gmp');
  const existing = await graphql(gateway, gmp, findCases, { force: 'GMP' });
  if (existing.cases.edges.some((/** @type {any} */ e) => e.node.title === marker)) return { loaded: false };

  const met = await passwordToken(keycloak, 'detective.met');
  const wmp = await passwordToken(keycloak, 'detective.wmp');
  const hub = await passwordToken(keycloak, 'supervisor.nca');

  const line = await graphql(gateway, gmp, createCase, {
    input: { title: marker, summary: 'A deal line run from Moss Side supplying crack cocaine and heroin into Merseyside and Cheshire towns, using local children as runners.' },
  });
  const lineCase = line.createCase.case.id;
  const controller = await person(gateway, gmp, lineCase, 'SUSPECT', 'Dwayne', 'Mercer', '1994-02-11');
  const runner = await person(gateway, gmp, lineCase, 'VICTIM', 'Kai', 'Brennan', '2010-07-23');
  await address(gateway, gmp, controller, '41 Claremont Road', 'Manchester', 'M14 4RS');
  await address(gateway, gmp, runner, 'Flat 3, 12 Anfield Road', 'Liverpool', 'L4 0TH');

  const metCase = (
    await graphql(gateway, met, createCase, {
      input: { title: 'Exploitation of Romanian nationals in hand car washes', summary: 'Workers housed in multiple occupancy properties; wages taken by controllers.' },
    })
  ).createCase.case.id;
  const controllerMet = await person(gateway, met, metCase, 'SUSPECT', 'Florin', 'Dumitru', '1986-10-02');
  await address(gateway, met, controllerMet, '88 High Street', 'London', 'E15 2NE');

  const wmpCase = (
    await graphql(gateway, wmp, createCase, {
      input: { title: 'Cuckooed flat, Small Heath', summary: 'Vulnerable tenant\'s flat used to store and cut drugs by an out-of-area line.' },
    })
  ).createCase.case.id;
  await person(gateway, wmp, wmpCase, 'VICTIM', 'Graham', 'Pettifer', '1961-05-30');

  // The hub sees that the GMP controller also recruited on the Met's case.
  await graphql(gateway, hub, linkPerson, { input: { personId: controller, caseId: metCase, role: 'ASSOCIATE' } });
  return { loaded: true };
}

/** @param {string} gateway @param {string} token @param {string} caseId @param {string} role @param {string} forenames @param {string} surname @param {string} dateOfBirth */
async function person(gateway, token, caseId, role, forenames, surname, dateOfBirth) {
  const data = await graphql(gateway, token, recordPerson, { input: { caseId, role, forenames, surname, dateOfBirth } });
  return /** @type {string} */ (data.recordPerson.person.id);
}

/** @param {string} gateway @param {string} token @param {string} personId @param {string} line1 @param {string} town @param {string} postcode */
async function address(gateway, token, personId, line1, town, postcode) {
  await graphql(gateway, token, recordAddress, { input: { personId, line1, town, postcode } });
}
