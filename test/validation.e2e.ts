import { postGraphQL, testEnv, tokenFor, uniqueSuffix } from '@crosslink/common/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { addPerson, openCase } from './support/fixtures.js';
import { closeDriver, count } from './support/neo4j.js';
import { CREATE_CASE, RECORD_ADDRESS, RECORD_PERSON } from './support/operations.js';

afterAll(closeDriver);

async function attempt(username: string, operation: string, variables: Record<string, unknown>) {
  const response = await postGraphQL(testEnv().gatewayUrl, operation, variables, { token: await tokenFor(username) });
  expect(response.errors, 'the mutation should fail').toHaveLength(1);
  return response.errors?.[0]?.extensions ?? {};
}

describe('invalid input is refused with a code and the field, and nothing is written', () => {
  it('a bad postcode', async () => {
    const opened = await openCase('detective.gmp');
    const person = await addPerson('detective.gmp', opened.id);
    const line1 = `1 Nowhere ${uniqueSuffix()}`;
    const error = await attempt('detective.gmp', RECORD_ADDRESS, { input: { caseId: opened.id, personId: person, line1, town: 'Bury', postcode: 'BL9 0QC1' } });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.postcode' });
    expect(await count('MATCH (l:Location {line1: $line1})', { line1 })).toBe(0);
  });

  it('an unknown force', async () => {
    const title = `Unknown force ${uniqueSuffix()}`;
    const error = await attempt('supervisor.nca', CREATE_CASE, { input: { title, force: 'ZZQX' } });
    expect(error).toMatchObject({ code: 'FORCE_NOT_FOUND', field: 'input.force' });
    expect(await count('MATCH (c:Case {title: $title})', { title })).toBe(0);
    expect(await count("MATCH (s:CaseSequence {force: 'ZZQX'})")).toBe(0);
  });

  it('another force than one’s own, for a detective', async () => {
    const title = `Wrong force ${uniqueSuffix()}`;
    const error = await attempt('detective.gmp', CREATE_CASE, { input: { title, force: 'MPS' } });
    expect(error).toMatchObject({ code: 'FORBIDDEN', field: 'input.force' });
    expect(await count('MATCH (c:Case {title: $title})', { title })).toBe(0);
  });

  it('a missing required field', async () => {
    const error = await attempt('detective.gmp', CREATE_CASE, { input: { summary: 'no title' } });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.title' });
  });

  it('a blank required field', async () => {
    const error = await attempt('detective.gmp', CREATE_CASE, { input: { title: '   ' } });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.title' });
  });

  it('an impossible date of birth', async () => {
    const opened = await openCase('detective.gmp');
    const surname = `Feb${uniqueSuffix()}`;
    const error = await attempt('detective.gmp', RECORD_PERSON, {
      input: { caseId: opened.id, role: 'VICTIM', forenames: 'Leap', surname, dateOfBirth: '2010-02-30' },
    });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.dateOfBirth' });
    expect(await count('MATCH (p:Person {surname: $surname})', { surname })).toBe(0);
  });

  it('a person for a case that does not exist', async () => {
    const surname = `Orphan${uniqueSuffix()}`;
    const error = await attempt('detective.gmp', RECORD_PERSON, {
      input: { caseId: 'no-such-case', role: 'SUSPECT', forenames: 'No', surname },
    });
    expect(error).toMatchObject({ code: 'CASE_NOT_FOUND', field: 'input.caseId' });
    expect(await count('MATCH (p:Person {surname: $surname})', { surname })).toBe(0);
  });

  it('a role that does not allow the action', async () => {
    const title = `Analyst case ${uniqueSuffix()}`;
    const error = await attempt('analyst.nca', CREATE_CASE, { input: { title } });
    expect(error).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count('MATCH (c:Case {title: $title})', { title })).toBe(0);
  });

  it('an over-deep query', async () => {
    const deep = `{ cases { edges { node { people { person { cases { case { people { person { cases { case { people { person { id } } } } } } } } } } } } } }`;
    const response = await postGraphQL(testEnv().gatewayUrl, deep, {}, { token: await tokenFor('analyst.nca') });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth' });
    expect(response.data).toBeUndefined();
  });
});
