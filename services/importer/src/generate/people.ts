import { type Day, dayIn, formatDay, referenceYear } from './dates.js';
import { femaleForenames, feminine, maleForenames, type Nationality, surnames } from './names.js';
import type { Numbers } from './numbers.js';
import { type Random, Weighted } from './random.js';

export type Gender = 'MALE' | 'FEMALE';

/** What a Person row says of someone. Absent values are null and written as empty cells. */
export interface PersonDetails {
  readonly forename: string; // the POLE `name` column: the forename(s)
  readonly surname: string;
  readonly dob: Day | null;
  readonly age: number | null;
  readonly gender: Gender | null;
  readonly nhs: string | null;
}

/** Adults' ages: most people in police records are of working age. */
const adultAges = new Weighted<readonly [number, number]>([
  [[18, 24], 14],
  [[25, 34], 22],
  [[35, 44], 20],
  [[45, 54], 17],
  [[55, 64], 13],
  [[65, 79], 10],
  [[80, 94], 4],
]);

export function drawAdultAge(rng: Random): number {
  const [min, max] = adultAges.pick(rng);
  return rng.int(min, max);
}

export function drawGender(rng: Random): Gender {
  return rng.chance(0.5) ? 'MALE' : 'FEMALE';
}

/** A British forename, sometimes with a middle name ('Sarah', 'John Paul'). */
export function drawForename(rng: Random, gender: Gender | null, middle = 0.15): string {
  const list = gender === 'FEMALE' ? femaleForenames : gender === 'MALE' ? maleForenames : rng.chance(0.5) ? femaleForenames : maleForenames;
  const first = rng.pick(list);
  if (!rng.chance(middle)) return first;
  const second = rng.pick(list);
  return second === first ? first : `${first} ${second}`;
}

export function drawSurname(rng: Random): string {
  // One surname in forty is double-barrelled.
  if (rng.chance(0.025)) {
    const [a = 'Smith', b = 'Jones'] = rng.sample(surnames, 2);
    return `${a}-${b}`;
  }
  return rng.pick(surnames);
}

/** A date of birth for someone of the given age (on the reference day, the last of its year). */
export function birthday(rng: Random, age: number): Day {
  return dayIn(rng, referenceYear - age);
}

export interface PersonWishes {
  readonly age: number;
  readonly gender?: Gender | null;
  readonly forename?: string;
  readonly surname?: string;
  /** Probability the record has a date of birth (default 0.92); without one it may still have an age. */
  readonly dob?: number;
  /** Probability the record has an NHS number (default 0.9). */
  readonly nhs?: number;
}

/** A person's record: names, gender, date of birth and NHS number, each sometimes missing as in real records. */
export function drawPerson(rng: Random, numbers: Numbers, wishes: PersonWishes): PersonDetails {
  const gender = wishes.gender === undefined ? (rng.chance(0.01) ? null : drawGender(rng)) : wishes.gender;
  const hasDob = rng.chance(wishes.dob ?? 0.92);
  return {
    forename: wishes.forename ?? drawForename(rng, gender),
    surname: wishes.surname ?? drawSurname(rng),
    dob: hasDob ? birthday(rng, wishes.age) : null,
    age: hasDob || rng.chance(0.6) ? wishes.age : null,
    gender,
    nhs: rng.chance(wishes.nhs ?? 0.9) ? numbers.nhs() : null,
  };
}

/** A foreign national's record: their own names, usually no NHS number, often no date of birth. */
export function drawForeigner(rng: Random, nationality: Nationality, age: number, gender: Gender): PersonDetails {
  const surname = rng.pick(nationality.surnames);
  const hasDob = rng.chance(0.6);
  return {
    forename: rng.pick(gender === 'FEMALE' ? nationality.female : nationality.male),
    surname: gender === 'FEMALE' ? feminine(surname) : surname,
    dob: hasDob ? birthday(rng, age) : null,
    age: hasDob || rng.chance(0.7) ? age : null,
    gender,
    nhs: null,
  };
}

/** The cells of a Person row after its :ID: surname, nhs_no, name, age, date_of_birth, gender. */
export function personCells(p: PersonDetails): readonly string[] {
  return [p.surname, p.nhs ?? '', p.forename, p.age === null ? '' : String(p.age), p.dob === null ? '' : formatDay(p.dob), p.gender ?? ''];
}
