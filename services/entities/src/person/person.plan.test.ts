import { describe, expect, it } from 'vitest';
import type { Person } from './person.model.js';
import { planPersonUpdate } from './person.plan.js';

const person: Person = {
  id: 'p1',
  forenames: 'Owen',
  surname: 'Owned',
  dateOfBirth: '1988-05-04',
  dateOfBirthPrecision: 'DAY',
  gender: null,
  nationality: 'GBR',
  identifiers: { pncId: null, croNumber: null, niNumber: 'AB123456C', passportNumber: null, drivingLicence: null },
  vulnerabilities: ['HOMELESS'],
  aliases: [],
  nrmReferred: false,
  foreign: false,
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'detective.met',
};

describe('planPersonUpdate', () => {
  it('records each changed field with what it replaced, in a fixed order', () => {
    const plan = planPersonUpdate(person, { niNumber: null, dateOfBirth: '1988-05', dateOfBirthPrecision: 'MONTH', vulnerabilities: ['HOMELESS', 'OTHER'] });
    expect(plan.set).toEqual({ dateOfBirth: '1988-05', dateOfBirthPrecision: 'MONTH', niNumber: null, vulnerabilities: ['HOMELESS', 'OTHER'] });
    expect(plan.changes).toEqual([
      { field: 'dateOfBirth', from: '1988-05-04', to: '1988-05' },
      { field: 'dateOfBirthPrecision', from: 'DAY', to: 'MONTH' },
      { field: 'niNumber', from: 'AB123456C', to: null },
      { field: 'vulnerabilities', from: 'HOMELESS', to: 'HOMELESS,OTHER' },
    ]);
  });

  it('neither sets nor records a field that would not change', () => {
    expect(planPersonUpdate(person, { nationality: 'GBR', niNumber: 'AB123456C', gender: null, vulnerabilities: ['HOMELESS'] })).toEqual({
      set: {},
      changes: [],
    });
  });

  it('counts an empty list and no list alike', () => {
    expect(planPersonUpdate({ ...person, vulnerabilities: [] }, { vulnerabilities: [] }).changes).toEqual([]);
  });
});
