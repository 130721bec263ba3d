import { KeycloakAdmin, passwordGrant, postGraphQL, query, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { CREATE_CASE, RECORD_ADDRESS, RECORD_PERSON } from './operations.js';

/** Opens a case through the gateway as `username` and returns its id and reference. */
export async function openCase(username: string, title = `Test case ${uniqueSuffix()}`): Promise<{ id: string; reference: string }> {
  const data = await query(testEnv().gatewayUrl, await tokenFor(username), CREATE_CASE, { input: { title } });
  return { id: data.createCase.case.id, reference: data.createCase.reference };
}

export async function addPerson(
  username: string,
  caseId: string,
  person: { forenames?: string; surname?: string; role?: string; dateOfBirth?: string } = {},
): Promise<string> {
  const data = await query(testEnv().gatewayUrl, await tokenFor(username), RECORD_PERSON, {
    input: {
      caseId,
      role: person.role ?? 'SUSPECT',
      forenames: person.forenames ?? 'Test',
      surname: person.surname ?? `Person${uniqueSuffix()}`,
      ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
    },
  });
  return data.recordPerson.person.id;
}

/** Records an address in a case, as a person's there (at coordinates, when given); answers with the location's id. */
export async function addAddress(
  username: string,
  caseId: string,
  personId: string,
  line1: string,
  postcode: string,
  at: { latitude: number; longitude: number } | null = null,
): Promise<string> {
  const data = await query(testEnv().gatewayUrl, await tokenFor(username), RECORD_ADDRESS, {
    input: { caseId, personId, line1, town: 'Testtown', postcode, ...at },
  });
  return data.recordAddress.location.id;
}

/** A new GMP detective in the realm, who signs in once (so Crosslink knows them, and work may be given them). */
export async function newGmpOfficer(): Promise<string> {
  const username = `officer.${uniqueSuffix()}`.toLowerCase();
  await (await KeycloakAdmin.connect()).createUser({ username, force: 'GMP', clearance: 'OFFICIAL', roles: ['detective'] });
  const token = await passwordGrant(testEnv().keycloakUrl, 'crosslink', 'crosslink-cli', username, 'crosslink');
  await postGraphQL(testEnv().gatewayUrl, '{ forces { code } }', {}, { token });
  return username;
}
