import { describe, expect, it } from 'vitest';
import { scoreMatch } from './match.score.js';
import { nothingShared, type PersonRecord, type SharedIdentifiers } from './matching.model.js';

const person = (forenames: string | null, surname: string | null, dateOfBirth: string | null = '1990-04-03'): PersonRecord => ({
  forenames,
  surname,
  dateOfBirth,
});
const sharing = (shared: Partial<SharedIdentifiers>): SharedIdentifiers => ({ ...nothingShared, ...shared });
const kinds = (a: PersonRecord, b: PersonRecord, shared = nothingShared) => scoreMatch(a, b, shared)?.reasons.map((r) => r.kind) ?? null;

describe('scoreMatch: the errors records really have', () => {
  it('scores the same name and date of birth 1: still suggested, as only a reviewer decides identity', () => {
    const match = scoreMatch(person('Robert', 'Smith'), person('ROBERT', ' smith '), nothingShared);
    expect(match).toEqual({
      score: 1,
      reasons: [
        { kind: 'SAME_NAME', detail: 'Robert Smith and ROBERT smith are the same name', weight: 0.6 },
        { kind: 'SAME_DATE_OF_BIRTH', detail: 'Both born 1990-04-03', weight: 0.4 },
      ],
    });
    expect(scoreMatch(person('Ann', 'Lee'), person('Ann', 'Lee'), nothingShared)?.reasons[0]?.detail).toBe('Both are recorded as Ann Lee');
  });

  it('finds a surname typo: one letter changed, or two neighbours transposed', () => {
    const match = scoreMatch(person('John', 'Smith'), person('John', 'Smtih'), nothingShared);
    expect(match?.reasons[0]).toEqual({ kind: 'SURNAME_TYPO', detail: 'Smith and Smtih differ by one slip; forenames the same', weight: 0.5 });
    expect(match?.score).toBe(0.9);
    expect(kinds(person('John', 'Walker'), person('John', 'Waljer'))).toEqual(['SURNAME_TYPO', 'SAME_DATE_OF_BIRTH']);
  });

  it('finds a nickname for the forename, both ways', () => {
    const match = scoreMatch(person('Bob', 'Smith'), person('Robert', 'Smith'), nothingShared);
    expect(match?.reasons[0]).toEqual({ kind: 'NICKNAME', detail: 'Bob is a short form of Robert; surname the same', weight: 0.5 });
    expect(match?.score).toBe(0.9);
    expect(scoreMatch(person('Robert', 'Smith'), person('Bob', 'Smith'), nothingShared)?.reasons[0]?.detail).toBe(
      'Bob is a short form of Robert; surname the same',
    );
    expect(scoreMatch(person('Bob', 'Smith'), person('Rob', 'Smith'), nothingShared)?.reasons[0]?.detail).toBe(
      'Bob and Rob are short forms of one name; surname the same',
    );
  });

  it('finds day and month swapped', () => {
    const match = scoreMatch(person('John', 'Smith', '1990-04-03'), person('John', 'Smith', '1990-03-04'), nothingShared);
    expect(match?.reasons).toEqual([
      { kind: 'SAME_NAME', detail: 'Both are recorded as John Smith', weight: 0.6 },
      { kind: 'DATE_OF_BIRTH_SWAPPED', detail: '1990-04-03 and 1990-03-04 have day and month swapped', weight: 0.3 },
    ]);
    expect(match?.score).toBe(0.9);
  });

  it('finds a date of birth missing on one side, and weighs it less', () => {
    const match = scoreMatch(person('John', 'Smith', null), person('John', 'Smith'), nothingShared);
    expect(match?.reasons[1]).toEqual({ kind: 'DATE_OF_BIRTH_MISSING', detail: 'Only one record gives a date of birth (1990-04-03)', weight: 0.15 });
    expect(match?.score).toBe(0.75);
    const partly = scoreMatch(person('John', 'Smith', '1990'), person('John', 'Smith'), nothingShared);
    expect(partly?.reasons[1]).toEqual({ kind: 'DATE_OF_BIRTH_MISSING', detail: '1990 agrees with 1990-04-03 as far as it goes', weight: 0.15 });
  });

  it('finds a hyphenated surname', () => {
    const match = scoreMatch(person('Jane', 'Smith'), person('Jane', 'Smith-Jones'), nothingShared);
    expect(match?.reasons[0]).toEqual({ kind: 'HYPHENATED_SURNAME', detail: 'Smith is part of Smith-Jones; forenames the same', weight: 0.45 });
    expect(match?.score).toBe(0.85);
  });

  it('adds each identifier the two hold as a share of what is left short of 1', () => {
    const match = scoreMatch(person('Bob', 'Smith', null), person('Robert', 'Smith'), sharing({ PHONE: 1, ADDRESS: 2 }));
    expect(match?.reasons.map((r) => [r.kind, r.weight])).toEqual([
      ['NICKNAME', 0.5],
      ['DATE_OF_BIRTH_MISSING', 0.15],
      ['SHARED_PHONE', 0.3],
      ['SHARED_ADDRESS', 0.1],
    ]);
    expect(match?.reasons[3]?.detail).toBe('Both recorded at the same 2 addresses');
    // 0.65 + 0.35 × (1 − 0.7 × 0.9)
    expect(match?.score).toBe(0.78);
    expect(scoreMatch(person('Bob', 'Smith'), person('Robert', 'Smith'), sharing({ EMAIL: 1, VEHICLE: 1 }))?.reasons.slice(2)).toEqual([
      { kind: 'SHARED_EMAIL', detail: 'Both hold the same email address', weight: 0.3 },
      { kind: 'SHARED_VEHICLE', detail: 'Both hold the same vehicle', weight: 0.15 },
    ]);
  });

  it('combines two slips, and keeps every score between 0 and 1', () => {
    const match = scoreMatch(person('Bob', 'Smtih', '1990'), person('Robert', 'Smith', '1990-03-04'), sharing({ PHONE: 1, EMAIL: 1, VEHICLE: 1, ADDRESS: 1 }));
    expect(match?.reasons.slice(0, 2).map((r) => [r.kind, r.weight])).toEqual([
      ['SURNAME_TYPO', 0.25],
      ['NICKNAME', 0.15],
    ]);
    expect(match?.score).toBeGreaterThan(0);
    expect(match?.score).toBeLessThan(1);
    expect(scoreMatch(person('Robert', 'Smith'), person('Robert', 'Smith'), sharing({ PHONE: 3, EMAIL: 1, VEHICLE: 2, ADDRESS: 1 }))?.score).toBe(1);
  });

  it('gives the same answer in either order', () => {
    const a = person('Bob', 'Smith-Jones', '1990-04-03');
    const b = person('Robert', 'Smith', null);
    expect(scoreMatch(a, b, sharing({ PHONE: 1 }))?.score).toBe(scoreMatch(b, a, sharing({ PHONE: 1 }))?.score);
  });
});

describe('scoreMatch: not a plausible match', () => {
  it('does not suggest a household: the same address and surname, different forenames', () => {
    expect(scoreMatch(person('John', 'Smith', '1970-01-02'), person('Jane', 'Smith', '1972-05-06'), sharing({ ADDRESS: 1, VEHICLE: 1 }))).toBeNull();
    expect(scoreMatch(person('John', 'Smith'), person('Jane', 'Smith'), sharing({ ADDRESS: 1, PHONE: 1 }))).toBeNull();
    expect(scoreMatch(person('Jane', 'Smith-Jones'), person('John', 'Smith'), sharing({ ADDRESS: 1 }))).toBeNull();
    expect(scoreMatch(person('Ann', 'Brown'), person('Ann', 'Green'), sharing({ ADDRESS: 1 }))).toBeNull();
  });

  it('does not suggest the same name with another date of birth', () => {
    expect(scoreMatch(person('John', 'Smith', '1970-01-02'), person('John', 'Smith', '1995-07-08'), nothingShared)).toBeNull();
    expect(scoreMatch(person('John', 'Smith', '1970'), person('John', 'Smith', '1995-07-08'), nothingShared)).toBeNull();
  });

  it('does not let a shared address or vehicle stand for another date of birth (a father and son), but a phone or email may', () => {
    const [father, son] = [person('John', 'Smith', '1960-01-02'), person('John', 'Smith', '1990-07-08')];
    expect(scoreMatch(father, son, sharing({ ADDRESS: 1, VEHICLE: 1 }))).toBeNull();
    const phone = scoreMatch(father, son, sharing({ PHONE: 1 }));
    expect(phone?.reasons.map((r) => r.kind)).toEqual(['SAME_NAME', 'SHARED_PHONE']);
    expect(phone?.score).toBe(0.72);
    expect(kinds(father, son, sharing({ EMAIL: 1 }))).toEqual(['SAME_NAME', 'SHARED_EMAIL']);
  });

  it('suggests nothing without both names', () => {
    expect(scoreMatch(person('', 'Smith'), person('', 'Smith'), nothingShared)).toBeNull();
    expect(scoreMatch(person('John', null), person('John', null), nothingShared)).toBeNull();
    expect(scoreMatch(person(null, 'Smith'), person('John', 'Smith'), nothingShared)).toBeNull();
    expect(scoreMatch(person('  ', '  '), person('  ', '  '), sharing({ PHONE: 1 }))).toBeNull();
  });

  it('reads a slip in a short surname as a typo only with the same forenames, date of birth and a phone or email', () => {
    expect(scoreMatch(person('John', 'Lee'), person('John', 'Lew'), nothingShared)).toBeNull();
    expect(scoreMatch(person('John', 'Lee'), person('John', 'Lew'), sharing({ ADDRESS: 1, VEHICLE: 1 }))).toBeNull();
    expect(scoreMatch(person('John', 'Lee'), person('John', 'Lew', '1990-04-04'), sharing({ PHONE: 1 }))).toBeNull();
    expect(scoreMatch(person('Jon', 'Lee'), person('Jonathan', 'Lew'), sharing({ PHONE: 1 }))).toBeNull();
    expect(kinds(person('Chantelle', 'Day'), person('Chantelle', 'Dya'), sharing({ PHONE: 1 }))).toEqual([
      'SURNAME_TYPO',
      'SAME_DATE_OF_BIRTH',
      'SHARED_PHONE',
    ]);
  });
});
