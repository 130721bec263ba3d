import { crimeTypes } from './crimes.js';
import { type Day, dateOf, dayOf, referenceYear } from './dates.js';
import { nicknamedFemale, nicknamedMale, nicknames, surnames } from './names.js';
import type { PlanContext } from './networks.js';
import { drawGender, drawPerson, type PersonDetails } from './people.js';
import { drawUkStyle, writeUkMobile } from './phones.js';
import { at, type Random, Weighted } from './random.js';
import type { DuplicateError, PlannedDuplicate } from './truth.js';
import type { Role } from './weave.js';

/**
 * People recorded twice: once in one force and again in another, the second record with one of the
 * errors records really have. The second record has a crime in its force, and in half the pairs both
 * records hold the same phone number (not always written the same way).
 */

export const duplicateErrors: readonly DuplicateError[] = [
  'EXACT',
  'SURNAME_TYPO',
  'FORENAME_NICKNAME',
  'DOB_DAY_MONTH_SWAPPED',
  'DOB_MISSING',
  'HYPHENATED_SURNAME',
];

/** Letters next to each other on a keyboard: the likeliest slips. */
const neighbours: Readonly<Record<string, string>> = {
  a: 'qwsz',
  b: 'vghn',
  c: 'xdfv',
  d: 'serfcx',
  e: 'wsdr',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  i: 'ujko',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  m: 'njk',
  n: 'bhjm',
  o: 'iklp',
  p: 'ol',
  q: 'wa',
  r: 'edft',
  s: 'awedxz',
  t: 'rfgy',
  u: 'yhji',
  v: 'cfgb',
  w: 'qase',
  x: 'zsdc',
  y: 'tghu',
  z: 'asx',
};

const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();

/** The surname with one slip: two neighbouring letters transposed, or one letter (not the first) changed. */
export function surnameTypo(surname: string, rng: Random): string {
  const swaps: number[] = [];
  for (let i = 1; i + 1 < surname.length; i++) {
    const a = surname.charAt(i);
    const b = surname.charAt(i + 1);
    if (isLetter(a) && isLetter(b) && a !== b && a === a.toLowerCase() && b === b.toLowerCase()) swaps.push(i);
  }
  if (swaps.length > 0 && rng.chance(0.5)) {
    const i = rng.pick(swaps);
    return `${surname.slice(0, i)}${surname.charAt(i + 1)}${surname.charAt(i)}${surname.slice(i + 2)}`;
  }
  const positions: number[] = [];
  for (let i = 1; i < surname.length; i++) if (isLetter(surname.charAt(i))) positions.push(i);
  if (positions.length === 0) return `${surname}e`;
  const i = rng.pick(positions);
  const original = surname.charAt(i);
  const lower = original.toLowerCase();
  const near = neighbours[lower] ?? 'aeiou';
  let replacement = rng.pick([...near]);
  if (replacement === lower) replacement = lower === 'e' ? 'a' : 'e';
  if (original !== lower) replacement = replacement.toUpperCase();
  return `${surname.slice(0, i)}${replacement}${surname.slice(i + 1)}`;
}

/** A short form of the (first) forename ('Robert' → 'Bob'); the forename must have one. */
export function nickname(forename: string, rng: Random): string {
  const forms = nicknames[forename.split(' ')[0] ?? forename];
  if (forms === undefined) throw new RangeError(`${forename} has no nickname`);
  return rng.pick(forms);
}

/** The date with its day and month swapped (3 April → 4 March); the day must be 12 or less. */
export function swapDayMonth(day: Day): Day {
  const d = dateOf(day);
  if (d.day > 12) throw new RangeError(`${d.day}/${d.month} cannot be swapped`);
  return dayOf(d.year, d.day, d.month);
}

/** The surname joined to another ('Smith' → 'Smith-Jones' or 'Jones-Smith'). */
export function hyphenate(surname: string, rng: Random): string {
  let other = rng.pick(surnames);
  if (other === surname) other = surname === 'Smith' ? 'Jones' : 'Smith';
  return rng.chance(0.5) ? `${surname}-${other}` : `${other}-${surname}`;
}

/** The first record: always with a date of birth, and with what the error needs of it (a nicknamed forename, a day of 12 or less). */
export function drawOriginal(rng: Random, numbers: PlanContext['numbers'], error: DuplicateError): PersonDetails {
  const gender = drawGender(rng);
  const age = rng.int(18, 75);
  const original = drawPerson(rng, numbers, {
    age,
    gender,
    dob: 1,
    ...(error === 'FORENAME_NICKNAME' ? { forename: rng.pick(gender === 'MALE' ? nicknamedMale : nicknamedFemale) } : {}),
    ...(error === 'SURNAME_TYPO' || error === 'HYPHENATED_SURNAME' ? { surname: rng.pick(surnames) } : {}),
  });
  if (error !== 'DOB_DAY_MONTH_SWAPPED') return original;
  const month = rng.int(1, 12);
  const day = (month + rng.int(1, 11)) % 12 || 12;
  return { ...original, dob: dayOf(referenceYear - age, month, day) };
}

/** The same person as another force records them, with the error. */
export function recordAgain(rng: Random, a: PersonDetails, error: DuplicateError): PersonDetails {
  const b: PersonDetails = { ...a, nhs: rng.chance(0.25) ? a.nhs : null };
  switch (error) {
    case 'EXACT':
      return b;
    case 'SURNAME_TYPO':
      return { ...b, surname: surnameTypo(a.surname, rng) };
    case 'FORENAME_NICKNAME':
      return { ...b, forename: nickname(a.forename, rng) };
    case 'DOB_DAY_MONTH_SWAPPED':
      return { ...b, dob: a.dob === null ? null : swapDayMonth(a.dob) };
    case 'DOB_MISSING':
      return { ...b, dob: null, age: rng.chance(0.5) ? a.age : null };
    case 'HYPHENATED_SURNAME':
      return { ...b, surname: hyphenate(a.surname, rng) };
  }
}

const secondRoles = new Weighted<Role>([
  ['SUSPECT', 55],
  ['VICTIM', 30],
  ['WITNESS', 15],
]);

export function planDuplicates(count: number, { rng, weave, numbers }: PlanContext): PlannedDuplicate[] {
  const duplicates: PlannedDuplicate[] = [];
  for (let i = 0; i < count; i++) {
    const error = at(duplicateErrors, i % duplicateErrors.length);
    const first = weave.pick(rng, 1);
    const second = first === null ? null : weave.pick(rng, 1, undefined, [first]);
    if (first === null || second === null) break;
    const a = drawOriginal(rng, numbers, error);
    const b = recordAgain(rng, a, error);
    const shared = rng.chance(0.5) ? numbers.ukMobile() : null;
    const [keyA, keyB] = (
      [
        [first, a],
        [second, b],
      ] as const
    ).map(([code, details], n) => {
      const unit = weave.unit(code);
      const home = unit.location();
      const person = unit.person(details, home, rng.int(0, 3));
      const phone = shared !== null ? writeUkMobile(shared, drawUkStyle(rng)) : rng.chance(0.65) ? numbers.personalPhone(rng) : null;
      if (phone !== null) unit.hasPhone(person, unit.phone(phone));
      if (rng.chance(0.25)) unit.hasEmail(person, unit.email(numbers.email(rng, details.forename, details.surname)));
      if (n === 1 || rng.chance(0.5)) {
        const role = n === 1 ? secondRoles.pick(rng) : rng.pick<Role>(['SUSPECT', 'VICTIM', 'WITNESS']);
        weave.crime(code, { type: crimeTypes.pick(rng), location: rng.chance(0.3) ? home : null, parties: [{ person, role }] });
      }
      return person;
    });
    if (keyA === undefined || keyB === undefined) break;
    duplicates.push({ a: { key: keyA, force: first }, b: { key: keyB, force: second }, error, phone: shared });
  }
  return duplicates;
}
