import { nicknames } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { compareForenames, compareSurnames, firstName, hasShortForms, nameForm, nicknameOf, slipDistance } from './names.js';

describe('nameForm', () => {
  it('ignores case, accents, spaces, hyphens and apostrophes', () => {
    expect(nameForm('  José  MARÍA ')).toBe('josemaria');
    expect(nameForm("O'Brien")).toBe(nameForm('OBrien'));
    expect(nameForm('O’Brien')).toBe('obrien');
    expect(nameForm('Smith-Jones')).toBe(nameForm('Smith Jones'));
    expect(nameForm('Ştefan Dumitrescu')).toBe('stefandumitrescu');
  });
});

describe('slipDistance', () => {
  it.each([
    ['smith', 'smith', 0],
    ['smith', 'smtih', 1],
    ['smith', 'smiyh', 1],
    ['smith', 'smit', 1],
    ['smith', 'smiith', 1],
    ['smith', 'msith', 1],
    ['smith', 'stimh', 2],
    ['smith', 'jones', 5],
    ['', 'abc', 3],
  ])('%s → %s is %i slips', (a, b, distance) => {
    expect(slipDistance(a, b)).toBe(distance);
    expect(slipDistance(b, a)).toBe(distance);
  });
});

describe('compareSurnames', () => {
  it('finds the same surname however it is written', () => {
    expect(compareSurnames('Smith', ' SMITH ')).toBe('SAME');
    expect(compareSurnames('Smith-Jones', 'Smith Jones')).toBe('SAME');
    expect(compareSurnames('Núñez', 'Nunez')).toBe('SAME');
  });

  it('reads one slip as a typo: a letter changed, added or left out, or two neighbours transposed', () => {
    expect(compareSurnames('Smith', 'Smtih')).toBe('TYPO');
    expect(compareSurnames('Smith', 'Smiyh')).toBe('TYPO');
    expect(compareSurnames('Thompson', 'Thomson')).toBe('TYPO');
    expect(compareSurnames("O'Brien", 'OBrein')).toBe('TYPO');
  });

  it('reads a slip in a short surname only as a short slip, and two slips as none', () => {
    expect(compareSurnames('Lee', 'Lew')).toBe('SHORT_SLIP');
    expect(compareSurnames('Day', 'Dya')).toBe('SHORT_SLIP');
    expect(compareSurnames('Cox', 'Fox')).toBe('SHORT_SLIP');
    expect(compareSurnames('Cox', 'Fix')).toBeNull();
    expect(compareSurnames('Smith', 'Stimh')).toBeNull();
    expect(compareSurnames('Smith', 'Jones')).toBeNull();
  });

  it('finds a surname that is a hyphen part of the other, in either order', () => {
    expect(compareSurnames('Smith', 'Smith-Jones')).toBe('HYPHENATED');
    expect(compareSurnames('Jones-Smith', 'Smith')).toBe('HYPHENATED');
    expect(compareSurnames('Smith-Jones', 'Jones-Smith')).toBe('HYPHENATED');
    expect(compareSurnames('Smith-Jones', 'Smith-Brown')).toBeNull();
    expect(compareSurnames('Smithson', 'Smith-Jones')).toBeNull();
  });

  it('finds nothing in an empty surname', () => {
    expect(compareSurnames('', 'Smith')).toBeNull();
    expect(compareSurnames('  ', '  ')).toBeNull();
  });
});

describe('nicknames', () => {
  it('reads the table both ways: a short form and its full name', () => {
    expect(nicknameOf('Bob', 'Robert')).toBe(true);
    expect(nicknameOf('Robert', 'bob')).toBe(true);
    expect(nicknameOf('Liz', 'Elizabeth')).toBe(true);
  });

  it('matches two short forms of one name, never two full names sharing a short form', () => {
    expect(nicknameOf('Bob', 'Rob')).toBe(true);
    expect(nicknameOf('Sam', 'Sammy')).toBe(true);
    expect(nicknameOf('Patrick', 'Patricia')).toBe(false);
    expect(nicknameOf('Stephen', 'Steven')).toBe(false);
    expect(nicknameOf('Alexander', 'Alexandra')).toBe(false);
  });

  it('does not make a name its own nickname, nor match unrelated names', () => {
    expect(nicknameOf('Robert', 'Robert')).toBe(false);
    expect(nicknameOf('Bob', 'William')).toBe(false);
    expect(nicknameOf('Zainab', 'Zara')).toBe(false);
    expect(nicknameOf('', 'Bob')).toBe(false);
  });

  it('is symmetric over every pair of names in the table', () => {
    const names = [...new Set(Object.entries(nicknames).flatMap(([full, shorts]) => [full, ...shorts]))];
    const lopsided = names.flatMap((a) => names.filter((b) => nicknameOf(a, b) !== nicknameOf(b, a)).map((b) => `${a} ~ ${b}`));
    expect(lopsided).toEqual([]);
  });

  it('matches every short form of the table with its full name, both ways', () => {
    for (const [full, shorts] of Object.entries(nicknames)) {
      expect(hasShortForms(full)).toBe(true);
      for (const short of shorts) {
        expect(nicknameOf(full, short), `${full} ~ ${short}`).toBe(true);
        expect(nicknameOf(short, full), `${short} ~ ${full}`).toBe(true);
      }
    }
  });
});

describe('compareForenames', () => {
  it('finds the same forenames, or a nickname of the first given name', () => {
    expect(compareForenames('Robert James', 'robert  james')).toBe('SAME');
    expect(compareForenames('Bob', 'Robert')).toBe('NICKNAME');
    expect(compareForenames('Robert James', 'Bob')).toBe('NICKNAME');
    expect(firstName('  Robert James ')).toBe('Robert');
  });

  it('finds nothing between different or empty forenames', () => {
    expect(compareForenames('John', 'Jane')).toBeNull();
    expect(compareForenames('', 'Jane')).toBeNull();
    expect(compareForenames('Robert', 'Robert James')).toBeNull();
  });
});
