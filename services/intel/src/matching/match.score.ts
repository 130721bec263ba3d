import { compareDatesOfBirth, type DateOfBirthAgreement } from './dates-of-birth.js';
import { compareForenames, compareSurnames, firstName, hasShortForms, nicknameOf, type ForenameAgreement, type SurnameAgreement } from './names.js';
import { identifierKinds, type IdentifierKind, type MatchReason, type MatchScore, type PersonRecord, type SharedIdentifiers } from './matching.model.js';

/**
 * Whether two person records may be one person, how alike they are (0 to 1), and why.
 *
 * A pair is suggested when:
 * - both names agree: the surname is the same, one slip apart or a hyphen part of the other
 *   (names.ts), AND the forenames are the same or a nickname of each other. A slip in a short
 *   surname ("Day" and "Dya") counts only with the same forenames, the same date of birth and a
 *   phone or email both hold: alone it is as likely two names ("Lee" and "Lew"). A pair agreeing on
 *   one part only is not suggested, whatever else it shares: a household shares an address and
 *   often a surname, and a family a surname and a phone;
 * - and the dates of birth do not contradict it (the same, day and month swapped, one missing, or
 *   one partly known and agreeing) — or, when both are known and differ, the two hold the same
 *   phone or email address, identifiers of one person (a household shares an address and a
 *   vehicle, so those do not rescue a different date of birth).
 * Exact name and date of birth is suggested too (score 1): a hit on entry reports it, but only a
 * reviewer decides that two records are one person.
 *
 * The score, stable for the same two records:
 * - names count up to 0.6: surname 0.35 (0.25 one slip apart, 0.2 hyphenated), forenames 0.25
 *   (0.15 a nickname);
 * - dates of birth up to 0.4: the same 0.4, swapped 0.3, missing or partly known 0.15, different 0;
 * - those add up to the records' likeness, 1 for the same name and date of birth;
 * - each identifier the two hold (phone 0.3, email 0.3, vehicle 0.15, address 0.1) then closes
 *   that share of what is left short of 1: score = likeness + (1 − likeness) × (1 − Π(1 − w)).
 * Rounded to three places.
 *
 * The reasons carry these weights. A part that agrees exactly has no reason of its own beside a
 * slip in the other part: "Bob Smith" and "Robert Smith" give NICKNAME alone, weighing the
 * surname's 0.35 and the nickname's 0.15; SAME_NAME is only for both parts the same.
 */

const surnameWeights: Readonly<Record<Exclude<SurnameAgreement, 'SHORT_SLIP'>, number>> = { SAME: 0.35, TYPO: 0.25, HYPHENATED: 0.2 };
const forenameWeights: Readonly<Record<ForenameAgreement, number>> = { SAME: 0.25, NICKNAME: 0.15 };
const dateOfBirthWeights: Readonly<Record<DateOfBirthAgreement, number>> = { SAME: 0.4, SWAPPED: 0.3, MISSING: 0.15, PARTIAL: 0.15, DIFFERENT: 0 };
export const identifierWeights: Readonly<Record<IdentifierKind, number>> = { PHONE: 0.3, EMAIL: 0.3, VEHICLE: 0.15, ADDRESS: 0.1 };

/** Identifiers of one person: holding the same one rescues a pair whose dates of birth differ. */
const personalIdentifiers: readonly IdentifierKind[] = ['PHONE', 'EMAIL'];

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The score and reasons of two records holding `shared` identifiers in common, or null when they are not a plausible match. */
export function scoreMatch(a: PersonRecord, b: PersonRecord, shared: SharedIdentifiers): MatchScore | null {
  const [nameA, nameB] = [named(a), named(b)];
  if (nameA === null || nameB === null) return null;
  const agreement = compareSurnames(nameA.surname, nameB.surname);
  const forenames = compareForenames(nameA.forenames, nameB.forenames);
  if (agreement === null || forenames === null) return null;
  const dateOfBirth = compareDatesOfBirth(a.dateOfBirth, b.dateOfBirth);
  const holdPersonal = personalIdentifiers.some((kind) => shared[kind] > 0);
  if (dateOfBirth === 'DIFFERENT' && !holdPersonal) return null;
  if (agreement === 'SHORT_SLIP' && !(forenames === 'SAME' && dateOfBirth === 'SAME' && holdPersonal)) return null;
  const surname = agreement === 'SHORT_SLIP' ? 'TYPO' : agreement;

  const reasons: MatchReason[] = [
    ...nameReasons(nameA, nameB, surname, forenames),
    ...dateOfBirthReasons(a.dateOfBirth, b.dateOfBirth, dateOfBirth),
    ...identifierReasons(shared),
  ];
  const likeness = reasons.filter((r) => !r.kind.startsWith('SHARED_')).reduce((sum, r) => sum + r.weight, 0);
  const unexplained = identifierKinds.reduce((left, kind) => left * (shared[kind] > 0 ? 1 - identifierWeights[kind] : 1), 1);
  return { score: round(likeness + (1 - likeness) * (1 - unexplained)), reasons };
}

interface Name {
  readonly forenames: string;
  readonly surname: string;
}

/** Both parts of a record's name, or null when either is not recorded. */
function named(person: PersonRecord): Name | null {
  return person.forenames === null || person.surname === null ? null : { forenames: person.forenames, surname: person.surname };
}

function nameReasons(a: Name, b: Name, surname: Exclude<SurnameAgreement, 'SHORT_SLIP'>, forenames: ForenameAgreement): MatchReason[] {
  const [surnameWeight, forenameWeight] = [surnameWeights[surname], forenameWeights[forenames]];
  if (surname === 'SAME' && forenames === 'SAME') {
    const [nameA, nameB] = [fullName(a), fullName(b)];
    const detail = nameA === nameB ? `Both are recorded as ${nameA}` : `${nameA} and ${nameB} are the same name`;
    return [{ kind: 'SAME_NAME', detail, weight: round(surnameWeight + forenameWeight) }];
  }
  const reasons: MatchReason[] = [];
  if (surname !== 'SAME') {
    const slip = surname === 'TYPO' ? surnameSlip(a.surname, b.surname) : hyphenated(a.surname, b.surname);
    const alsoForenames = forenames === 'SAME';
    reasons.push({
      kind: surname === 'TYPO' ? 'SURNAME_TYPO' : 'HYPHENATED_SURNAME',
      detail: alsoForenames ? `${slip}; forenames the same` : slip,
      weight: round(surnameWeight + (alsoForenames ? forenameWeight : 0)),
    });
  }
  if (forenames === 'NICKNAME') {
    const alsoSurname = surname === 'SAME';
    const nickname = nicknameDetail(firstName(a.forenames), firstName(b.forenames));
    reasons.push({
      kind: 'NICKNAME',
      detail: alsoSurname ? `${nickname}; surname the same` : nickname,
      weight: round(forenameWeight + (alsoSurname ? surnameWeight : 0)),
    });
  }
  return reasons;
}

function fullName(person: Name): string {
  return `${person.forenames.trim()} ${person.surname.trim()}`.replace(/\s+/g, ' ');
}

function surnameSlip(a: string, b: string): string {
  return `${a.trim()} and ${b.trim()} differ by one slip`;
}

function hyphenated(a: string, b: string): string {
  const [shorter, longer] = a.trim().length <= b.trim().length ? [a.trim(), b.trim()] : [b.trim(), a.trim()];
  return `${shorter} is part of ${longer}`;
}

function nicknameDetail(a: string, b: string): string {
  // "Bob is a short form of Robert", or "Bob and Rob are short forms of one name".
  const full = (x: string, y: string) => nicknameOf(x, y) && hasShortForms(x);
  if (full(a, b)) return `${b} is a short form of ${a}`;
  if (full(b, a)) return `${a} is a short form of ${b}`;
  return `${a} and ${b} are short forms of one name`;
}

function dateOfBirthReasons(a: string | null, b: string | null, agreement: DateOfBirthAgreement): MatchReason[] {
  const weight = dateOfBirthWeights[agreement];
  switch (agreement) {
    case 'SAME':
      return [{ kind: 'SAME_DATE_OF_BIRTH', detail: `Both born ${a}`, weight }];
    case 'SWAPPED':
      return [{ kind: 'DATE_OF_BIRTH_SWAPPED', detail: `${a} and ${b} have day and month swapped`, weight }];
    case 'MISSING': {
      const known = a ?? b;
      const detail = known === null || known.trim() === '' ? 'Neither record gives a date of birth' : `Only one record gives a date of birth (${known})`;
      return [{ kind: 'DATE_OF_BIRTH_MISSING', detail, weight }];
    }
    case 'PARTIAL': {
      const [shorter, longer] = a!.length <= b!.length ? [a!, b!] : [b!, a!];
      const detail = shorter === longer ? `Both give only ${shorter}` : `${shorter} agrees with ${longer} as far as it goes`;
      return [{ kind: 'DATE_OF_BIRTH_MISSING', detail, weight }];
    }
    case 'DIFFERENT':
      return [];
  }
}

const identifierWords: Readonly<Record<IdentifierKind, readonly [string, string]>> = {
  PHONE: ['phone', 'phones'],
  EMAIL: ['email address', 'email addresses'],
  VEHICLE: ['vehicle', 'vehicles'],
  ADDRESS: ['address', 'addresses'],
};

function identifierReasons(shared: SharedIdentifiers): MatchReason[] {
  return identifierKinds
    .filter((kind) => shared[kind] > 0)
    .map((kind) => {
      const [one, many] = identifierWords[kind];
      const count = shared[kind];
      const detail =
        kind === 'ADDRESS'
          ? `Both recorded at the same ${count === 1 ? one : `${count} ${many}`}`
          : `Both hold the same ${count === 1 ? one : `${count} ${many}`}`;
      return { kind: `SHARED_${kind}` as const, detail, weight: identifierWeights[kind] };
    });
}
