import { describe, expect, it } from 'vitest';
import { emptySubject, reasonProblem, subjectCheckInput, subjectKinds } from './subject-input.js';

const today = new Date('2026-03-14T12:00:00Z');

describe('subjectCheckInput', () => {
  it('sends the kind, the value as written (trimmed) and the reason', () => {
    expect(subjectCheckInput({ ...emptySubject, kind: 'VEHICLE', value: ' ab12 cde ', reason: ' Stop check on the M62 ' }, today)).toEqual({
      input: { kind: 'VEHICLE', value: 'ab12 cde', reason: 'Stop check on the M62' },
      problems: null,
    });
  });
  it('sends a person, and no value, for PERSON', () => {
    const values = {
      ...emptySubject,
      kind: 'PERSON',
      value: 'left over from a phone',
      'person.forenames': ' Jane ',
      'person.surname': 'Doe',
      'person.dateOfBirth': '1986-10',
      reason: 'Named by a witness',
    };
    expect(subjectCheckInput(values, today)).toEqual({
      input: { kind: 'PERSON', person: { forenames: 'Jane', surname: 'Doe', dateOfBirth: '1986-10' }, reason: 'Named by a witness' },
      problems: null,
    });
  });
  it('names each person field to fix', () => {
    const result = subjectCheckInput({ ...emptySubject, kind: 'PERSON', 'person.dateOfBirth': '2030', reason: 'why' }, today);
    expect(result.input).toBeNull();
    expect(Object.keys(result.problems ?? {}).sort()).toEqual(['person.dateOfBirth', 'person.forenames', 'person.surname']);
  });
  it('asks for a date of birth for a person', () => {
    const result = subjectCheckInput({ ...emptySubject, kind: 'PERSON', 'person.forenames': 'Jane', 'person.surname': 'Doe', reason: 'why' }, today);
    expect(result.problems).toHaveProperty('person.dateOfBirth');
  });
  it('asks for the value and a reason', () => {
    expect(subjectCheckInput({ ...emptySubject, kind: 'PHONE', value: '  ', reason: 'x' }, today).problems).toEqual({
      value: 'Give the phone number to check.',
      reason: expect.stringContaining('officer in charge') as unknown as string,
    });
  });
  it('refuses a kind the schema does not name', () => {
    expect(subjectCheckInput({ ...emptySubject, kind: '', value: '1', reason: 'because' }, today).problems).toHaveProperty('kind');
  });
  it('checks the written forms the service needs to read an online account and an address', () => {
    const base = { ...emptySubject, reason: 'Op Larkspur' };
    expect(subjectCheckInput({ ...base, kind: 'ONLINE_ACCOUNT', value: 'dealer_m14' }, today).problems).toHaveProperty('value');
    expect(subjectCheckInput({ ...base, kind: 'ONLINE_ACCOUNT', value: 'instagram:dealer_m14' }, today).problems).toBeNull();
    expect(subjectCheckInput({ ...base, kind: 'ADDRESS', value: '14 Lime Street M1 1AE' }, today).problems).toHaveProperty('value');
    expect(subjectCheckInput({ ...base, kind: 'ADDRESS', value: ', M1 1AE' }, today).problems).toHaveProperty('value');
    expect(subjectCheckInput({ ...base, kind: 'ADDRESS', value: 'Flat 2, 14 Lime Street, M1 1AE' }, today).input).toEqual({
      kind: 'ADDRESS',
      value: 'Flat 2, 14 Lime Street, M1 1AE',
      reason: 'Op Larkspur',
    });
  });
  it('offers every kind the schema names once', () => {
    const kinds = subjectKinds.map((choice) => choice.kind);
    expect(new Set(kinds).size).toBe(12);
  });
});

describe('reasonProblem', () => {
  it('takes 3 to 500 characters of plain text', () => {
    expect(reasonProblem(' ab ')).not.toBeNull();
    expect(reasonProblem('abc')).toBeNull();
    expect(reasonProblem('a'.repeat(500))).toBeNull();
    expect(reasonProblem('a'.repeat(501))).not.toBeNull();
    expect(reasonProblem('line one\nline two')).toBeNull();
    expect(reasonProblem('bell\u0007')).toBe('Use plain text.');
  });
});
