import { describe, expect, it } from 'vitest';
import { addressInput, emptyAddress, emptyEvent, emptyObject, emptyPerson, eventInput, isImei, objectInput, personInput } from './inputs.js';

const today = new Date('2026-03-14T12:00:00Z');

describe('personInput', () => {
  it('sends what was given, trimmed, and leaves out what was not', () => {
    const values = { ...emptyPerson, role: 'SUSPECT', forenames: ' Jane ', surname: 'Doe ', nationality: 'gbr', 'identifiers.niNumber': 'AB 12 34 56 C' };
    expect(personInput('c1', values, ['HOMELESS'], today)).toEqual({
      input: {
        caseId: 'c1',
        role: 'SUSPECT',
        forenames: 'Jane',
        surname: 'Doe',
        nationality: 'GBR',
        identifiers: { niNumber: 'AB 12 34 56 C' },
        vulnerabilities: ['HOMELESS'],
      },
      problems: null,
    });
  });
  it('names each field to fix', () => {
    const result = personInput('c1', { ...emptyPerson, dateOfBirth: '2030', nationality: 'British' }, [], today);
    expect(result.input).toBeNull();
    expect(Object.keys(result.problems ?? {}).sort()).toEqual(['dateOfBirth', 'forenames', 'nationality', 'role', 'surname']);
  });
});

describe('objectInput', () => {
  it('builds a phone with its holder and an IMEI written with spaces', () => {
    expect(objectInput('c1', 'phone', { ...emptyObject, number: '07700 900123', imei: '49015420 3237518', personId: 'p1' })).toEqual({
      input: { kind: 'phone', input: { caseId: 'c1', personId: 'p1', number: '07700 900123', imei: '490154203237518' } },
      problems: null,
    });
  });
  it('refuses an IMEI whose check digit is wrong', () => {
    expect(objectInput('c1', 'phone', { ...emptyObject, number: '07700 900123', imei: '490154203237519' }).problems).toHaveProperty('imei');
  });
  it('sends only the chosen kind’s fields', () => {
    const values = { ...emptyObject, number: '07700 900123', vrm: 'AB12 CDE', colour: 'Blue' };
    expect(objectInput('c1', 'vehicle', values).input).toEqual({ kind: 'vehicle', input: { caseId: 'c1', vrm: 'AB12 CDE', colour: 'Blue' } });
  });
  it('asks for an email address with one @', () => {
    expect(objectInput('c1', 'email', { ...emptyObject, address: 'not an address' }).problems).toHaveProperty('address');
    expect(objectInput('c1', 'email', { ...emptyObject, address: 'a@example.com' }).input).toEqual({
      kind: 'email',
      input: { caseId: 'c1', address: 'a@example.com' },
    });
  });
});

describe('isImei', () => {
  it('checks length and the Luhn digit', () => {
    expect(isImei('490154203237518')).toBe(true);
    expect(isImei('490154203237517')).toBe(false);
    expect(isImei('49015420323751')).toBe(false);
  });
});

describe('addressInput', () => {
  it('needs line 1, town and postcode', () => {
    expect(Object.keys(addressInput('c1', emptyAddress).problems ?? {}).sort()).toEqual(['line1', 'postcode', 'town']);
  });
  it('gives the person when one is chosen', () => {
    expect(addressInput('c1', { personId: 'p1', line1: '1 High St', line2: '', town: 'Birmingham', postcode: 'b129qa' }).input).toEqual({
      caseId: 'c1',
      personId: 'p1',
      line1: '1 High St',
      town: 'Birmingham',
      postcode: 'b129qa',
    });
  });
});

describe('eventInput', () => {
  it('needs a kind, a description and a time not in the future', () => {
    expect(Object.keys(eventInput('c1', { ...emptyEvent, occurredAt: '2027' }, today).problems ?? {}).sort()).toEqual(['description', 'kind', 'occurredAt']);
  });
  it('keeps the time as written', () => {
    expect(eventInput('c1', { kind: 'ARREST', description: ' Arrested at home ', occurredAt: '2026-03' }, today).input).toEqual({
      caseId: 'c1',
      kind: 'ARREST',
      description: 'Arrested at home',
      occurredAt: '2026-03',
    });
  });
});
