import { describe, expect, it } from 'vitest';
import { footprintOf, possiblyChild, type FootprintRow, type LinePerson } from './county-line.footprint.js';

const today = new Date('2026-11-29T12:00:00Z');

const person = (id: string, over: Partial<LinePerson>): LinePerson => ({
  id,
  forenames: id,
  surname: id,
  dateOfBirth: null,
  vulnerabilities: [],
  nrmReferred: false,
  foreign: false,
  roles: [],
  addresses: [],
  ...over,
});
const flat = { id: 'L1', line1: 'Flat 3', town: 'Liverpool', postcode: 'L4 0TH', latitude: null, longitude: null, forceArea: 'MERPOL' };

const row: FootprintRow = {
  phone: { id: 'ph', number: '+447700900461', foreign: false },
  cases: [
    { id: 'c2', reference: 'MERPOL-2', force: 'MERPOL', title: null, crimeTypes: [], openedAt: '2026-08-02T00:00:00Z' },
    null,
    { id: 'c1', reference: 'GMP-1', force: 'GMP', title: null, crimeTypes: [], openedAt: '2026-07-01T00:00:00Z' },
  ],
  withheldForces: [null, 'CHES', 'GMP'],
  handsets: [
    { imei: '2', caseId: 'c1' },
    { imei: '1', caseId: 'c2' },
    { imei: '2', caseId: 'c2' },
  ],
  holdings: [
    { personId: 'controller', caseId: 'c1' },
    { personId: 'runner', caseId: 'c1' },
    { personId: 'adultRunner', caseId: 'c2' },
  ],
  people: [
    person('controller', { dateOfBirth: '1994-02-11', roles: [{ caseId: 'c1', role: 'SUSPECT' }] }),
    person('runner', { dateOfBirth: '2010-07-23', roles: [{ caseId: 'c1', role: 'VICTIM' }] }),
    person('adultRunner', { dateOfBirth: '1990', roles: [{ caseId: 'c2', role: 'WITNESS' }] }),
    person('childInCase', { dateOfBirth: '2012-03', roles: [{ caseId: 'c2', role: 'VICTIM' }] }),
    person('tenant', { dateOfBirth: '1961-05-30', vulnerabilities: ['LEARNING_DISABILITY'], roles: [{ caseId: 'c2', role: 'VICTIM' }], addresses: [flat] }),
    person('bystander', { dateOfBirth: '1980-01-01', roles: [{ caseId: 'c2', role: 'WITNESS' }] }),
  ],
  events: [],
};

describe('a deal line’s footprint', () => {
  const footprint = footprintOf(row, today);

  it('names suspects holding the line as its controllers', () => {
    expect(footprint.controllers.map((m) => m.person.id)).toEqual(['controller']);
  });

  it('names other holders and every child of its cases as runners, children marked', () => {
    expect(footprint.runners.map((m) => [m.person.id, m.child])).toEqual([
      ['adultRunner', false],
      ['childInCase', true],
      ['runner', true],
    ]);
  });

  it('finds the homes of vulnerable adult victims as cuckooed addresses', () => {
    expect(footprint.cuckooed).toEqual([{ address: flat, occupant: row.people[4] }]);
  });

  it('lists the forces of visible cases, then those known only as withheld', () => {
    expect(footprint.forces).toEqual(['GMP', 'MERPOL', 'CHES']);
    expect(footprint.withheldForces).toEqual(['CHES']);
    expect(footprint.cases.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(footprint.handsets).toEqual(['1', '2']);
  });
});

describe('possibly a child', () => {
  it('reads full and partial dates of birth from the latest day they allow', () => {
    expect(possiblyChild('2008-11-30', today)).toBe(true);
    expect(possiblyChild('2008-11-29', today)).toBe(false);
    expect(possiblyChild('2008-12', today)).toBe(true);
    expect(possiblyChild('2008-11', today)).toBe(true); // born on the 30th, they turn 18 tomorrow
    expect(possiblyChild('2008-10', today)).toBe(false);
    expect(possiblyChild('2008', today)).toBe(true);
    expect(possiblyChild('2007', today)).toBe(false);
    expect(possiblyChild(null, today)).toBe(false);
    expect(possiblyChild('unknown', today)).toBe(false);
  });
});
