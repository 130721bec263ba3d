import { describe, expect, it } from 'vitest';
import { dateOfBirthProblem, describeWhen, occurredAtProblem, periodStart } from './dates.js';

const today = new Date('2026-03-14T12:00:00Z');

describe('periodStart', () => {
  it('reads a year, a month or a day as the start of its period', () => {
    expect(periodStart('1986')?.toISOString()).toBe('1986-01-01T00:00:00.000Z');
    expect(periodStart('1986-10')?.toISOString()).toBe('1986-10-01T00:00:00.000Z');
    expect(periodStart('1986-10-04')?.toISOString()).toBe('1986-10-04T00:00:00.000Z');
  });
  it('refuses a date that does not exist as written', () => {
    expect(periodStart('2026-02-30')).toBeNull();
    expect(periodStart('2026-13')).toBeNull();
    expect(periodStart('14/03/2026')).toBeNull();
  });
});

describe('dateOfBirthProblem', () => {
  it.each(['1986', '1986-10', '1986-10-04', '2026-03-14', ' 1986-10 '])('takes %s', (text) => {
    expect(dateOfBirthProblem(text, today)).toBeNull();
  });
  it.each([
    ['04/10/1986', 'YYYY'],
    ['1986-02-30', 'not a calendar date'],
    ['1899-12', 'after 1900'],
    ['2026-03-15', 'future'],
    ['2027', 'future'],
  ])('refuses %s (%s)', (text, why) => {
    expect(dateOfBirthProblem(text, today)).toContain(why);
  });
});

describe('occurredAtProblem', () => {
  it.each(['2026', '2026-03', '2026-03-14', '2026-03-14T09:30Z', '2026-03-14T09:30:15.5+01:00'])('takes %s', (text) => {
    expect(occurredAtProblem(text, today)).toBeNull();
  });
  it.each([
    ['yesterday', 'Write it as'],
    ['2026-03-14 09:30', 'Write it as'],
    ['2026-03-14T09:30', 'Write it as'],
    ['2026-02-30T09:30Z', 'not a calendar date'],
    ['2026-04', 'future'],
    ['2026-03-14T12:30Z', 'future'],
    ['1850', 'before 1900'],
  ])('refuses %s (%s)', (text, why) => {
    expect(occurredAtProblem(text, today)).toContain(why);
  });
});

describe('describeWhen', () => {
  it('says as much as the precision knows', () => {
    expect(describeWhen('2026-01-01T00:00:00Z', 'YEAR')).toBe('2026');
    expect(describeWhen('2026-03-01T00:00:00Z', 'MONTH')).toBe('March 2026');
    expect(describeWhen('2026-03-14T00:00:00Z', 'DAY')).toBe('14 Mar 2026');
  });
  it('gives back text it cannot read', () => {
    expect(describeWhen('soon', 'DAY')).toBe('soon');
  });
});
