import { CrosslinkError, dateRange, parseDateOfBirth, storedDateOfBirth } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { childStatus } from './child.js';

const today = new Date('2026-03-15T12:00:00Z');
const dob = (value: string) => parseDateOfBirth(value, 'input.dateOfBirth', today);
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('parseDateOfBirth', () => {
  it.each([
    ['1985', 'YEAR'],
    ['1985-07', 'MONTH'],
    ['1985-07-04', 'DAY'],
    ['2026', 'YEAR'],
    ['2026-03', 'MONTH'],
  ])('reads %s with precision %s', (value, precision) => {
    expect(dob(value)).toEqual({ value, precision });
    expect(storedDateOfBirth(value)).toEqual({ value, precision });
  });

  it.each([
    ['1985-13', /calendar/],
    ['1985-00', /calendar/],
    ['2023-02-29', /calendar/],
    ['2026-04', /future/],
    ['2027', /future/],
    ['1899', /1900/],
    ['85', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['1985-7', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['1985/07/04', /YYYY, YYYY-MM or YYYY-MM-DD/],
  ])('refuses %s', (value, message) => {
    expect(() => dob(value)).toThrow(message);
    expect(() => dob(value)).toThrow(CrosslinkError);
  });

  it('gives the range a partial date covers', () => {
    expect(dateRange(dob('2008-02'))).toEqual({ earliest: new Date('2008-02-01T00:00:00Z'), latest: new Date('2008-02-29T00:00:00Z') });
    expect(dateRange(dob('2008'))).toEqual({ earliest: new Date('2008-01-01T00:00:00Z'), latest: new Date('2008-12-31T00:00:00Z') });
  });
});

describe('childStatus', () => {
  it('is a child until the day before the 18th birthday, an adult from that day', () => {
    expect(childStatus(dob('2008-03-15'), at('2026-03-14'))).toBe('CHILD');
    expect(childStatus(dob('2008-03-15'), at('2026-03-15'))).toBe('ADULT');
  });

  it('turns a 29 February birthday 18 on 1 March in a common year', () => {
    expect(childStatus(dob('2008-02-29'), at('2026-02-28'))).toBe('CHILD');
    expect(childStatus(dob('2008-02-29'), at('2026-03-01'))).toBe('ADULT');
  });

  it('judges at the date given, e.g. the time of the case', () => {
    expect(childStatus(dob('1990-06-01'), at('2005-01-01'))).toBe('CHILD');
    expect(childStatus(dob('1990-06-01'), at('2026-01-01'))).toBe('ADULT');
  });

  it.each([
    // born some day in 2008: 18 some day in 2026
    ['2008', '2025-12-31', 'CHILD'],
    ['2008', '2026-01-01', 'UNKNOWN'],
    ['2008', '2026-12-30', 'UNKNOWN'],
    ['2008', '2026-12-31', 'ADULT'],
    // born some day in March 2008
    ['2008-03', '2026-02-28', 'CHILD'],
    ['2008-03', '2026-03-01', 'UNKNOWN'],
    ['2008-03', '2026-03-31', 'ADULT'],
    ['1970', '2026-03-15', 'ADULT'],
    ['2015-05', '2026-03-15', 'CHILD'],
  ])('born %s, on %s: %s', (born, on, status) => {
    expect(childStatus(dob(born), at(on))).toBe(status);
  });

  it('is UNKNOWN without a date of birth', () => {
    expect(childStatus(null, today)).toBe('UNKNOWN');
  });
});
