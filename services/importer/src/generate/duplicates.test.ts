import { describe, expect, it } from 'vitest';
import { dateOf, dayOf } from './dates.js';
import { drawOriginal, duplicateErrors, hyphenate, nickname, recordAgain, surnameTypo, swapDayMonth } from './duplicates.js';
import { nicknames, surnames } from './names.js';
import { Numbers } from './numbers.js';
import { Random } from './random.js';

/** Whether b is a with one letter changed or two neighbouring letters swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diffs = [...a].map((ch, i) => (ch === b.charAt(i) ? -1 : i)).filter((i) => i >= 0);
  if (diffs.length === 1) return true;
  const [i = 0, j = 0] = diffs;
  return diffs.length === 2 && j === i + 1 && a.charAt(i) === b.charAt(j) && a.charAt(j) === b.charAt(i);
}

describe('record errors', () => {
  it('a surname typo is one slip, never in the first letter', () => {
    const rng = new Random('typos');
    for (const surname of surnames) {
      const typo = surnameTypo(surname, rng);
      expect(oneSlip(surname, typo), `${surname} → ${typo}`).toBe(true);
      expect(typo.charAt(0)).toBe(surname.charAt(0));
    }
    expect(surnameTypo('Li', rng)).toMatch(/^L[a-z]$/);
  });

  it('a nickname is a short form of the forename', () => {
    const rng = new Random('nicknames');
    expect(['Bob', 'Rob', 'Bobby']).toContain(nickname('Robert', rng));
    expect(nicknames['William']).toContain(nickname('William James', rng));
    expect(() => nickname('Zainab', rng)).toThrow(RangeError);
  });

  it('swaps day and month, and hyphenates surnames', () => {
    expect(dateOf(swapDayMonth(dayOf(1990, 4, 3)))).toEqual({ year: 1990, month: 3, day: 4 });
    expect(() => swapDayMonth(dayOf(1990, 4, 13))).toThrow(RangeError);
    const joined = hyphenate('Smith', new Random('hyphen'));
    expect(joined.split('-')).toContain('Smith');
    expect(joined.split('-')).toHaveLength(2);
  });

  it.each(duplicateErrors)('records a person again with %s', (error) => {
    const rng = new Random('again', error);
    const numbers = new Numbers(1);
    for (let i = 0; i < 50; i++) {
      const a = drawOriginal(rng, numbers, error);
      const b = recordAgain(rng, a, error);
      expect(a.dob).not.toBeNull();
      expect(b.gender).toBe(a.gender);
      const same = { forename: b.forename === a.forename, surname: b.surname === a.surname, dob: b.dob === a.dob };
      switch (error) {
        case 'EXACT':
          expect(same).toEqual({ forename: true, surname: true, dob: true });
          break;
        case 'SURNAME_TYPO':
          expect(same).toEqual({ forename: true, surname: false, dob: true });
          expect(oneSlip(a.surname, b.surname)).toBe(true);
          break;
        case 'FORENAME_NICKNAME':
          expect(same).toEqual({ forename: false, surname: true, dob: true });
          expect(nicknames[a.forename]).toContain(b.forename);
          break;
        case 'DOB_DAY_MONTH_SWAPPED': {
          expect(same).toEqual({ forename: true, surname: true, dob: false });
          const [x, y] = [dateOf(a.dob ?? 0), dateOf(b.dob ?? 0)];
          expect([y.year, y.month, y.day]).toEqual([x.year, x.day, x.month]);
          break;
        }
        case 'DOB_MISSING':
          expect(same).toEqual({ forename: true, surname: true, dob: false });
          expect(b.dob).toBeNull();
          break;
        case 'HYPHENATED_SURNAME':
          expect(same).toEqual({ forename: true, surname: false, dob: true });
          expect(b.surname.split('-')).toContain(a.surname);
          break;
      }
    }
  });
});
