import { describe, expect, it } from 'vitest';
import { dateOf, dayIn, dayOf, formatDay, formatTime } from './dates.js';
import { Random } from './random.js';

describe('days', () => {
  it('counts from 1 January 1970 and round-trips every day, leap years included', () => {
    expect(dayOf(1970, 1, 1)).toBe(0);
    expect(dayOf(2000, 3, 1) - dayOf(2000, 2, 28)).toBe(2);
    expect(dayOf(1900, 3, 1) - dayOf(1900, 2, 28)).toBe(1);
    for (let day = dayOf(1925, 1, 1); day <= dayOf(2026, 12, 31); day += 7) {
      const d = dateOf(day);
      expect(dayOf(d.year, d.month, d.day)).toBe(day);
    }
  });

  it('writes dates dd/mm/yyyy and times HH:MM', () => {
    expect(formatDay(dayOf(2017, 8, 24))).toBe('24/08/2017');
    expect(formatDay(dayOf(1999, 1, 5))).toBe('05/01/1999');
    expect(formatTime(7 * 60 + 5)).toBe('07:05');
  });

  it('draws a day within the year', () => {
    const rng = new Random('days');
    for (let i = 0; i < 500; i++) expect(dateOf(dayIn(rng, 2024)).year).toBe(2024);
  });
});
