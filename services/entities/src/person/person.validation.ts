import { normaliseIdentifiers, parseDateOfBirth, singleLine, validationError, type IdentifiersInput } from '@crosslink/common';
import { genders, personRoles, vulnerabilities, type Gender, type NewAlias, type NewPerson, type PersonRole, type Vulnerability } from './person.model.js';

export interface AliasInput {
  readonly forenames: string;
  readonly surname: string;
}

export interface PersonInput {
  readonly forenames: string;
  readonly surname: string;
  readonly dateOfBirth?: string | null;
  readonly gender?: string | null;
  readonly nationality?: string | null;
  readonly identifiers?: IdentifiersInput | null;
  readonly vulnerabilities?: readonly string[] | null;
  readonly aliases?: readonly AliasInput[] | null;
}

const NAME_MAX = 100;
const ALIASES_MAX = 20;

function name(raw: string, field: string, what: string): string {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (value === '') throw validationError(field, `${what} required`);
  if (value.length > NAME_MAX) throw validationError(field, `${what} at most ${NAME_MAX} characters`);
  return singleLine(value, field);
}

export function validateAlias(input: AliasInput, field: string): NewAlias {
  return { forenames: name(input.forenames, `${field}.forenames`, 'Forenames are'), surname: name(input.surname, `${field}.surname`, 'A surname is') };
}

/** Tidies names, checks a (possibly partial) date of birth, and normalises every identifier. */
export function validatePerson(input: PersonInput, field: string, today: Date): NewPerson {
  const forenames = name(input.forenames, `${field}.forenames`, 'Forenames are');
  const surname = name(input.surname, `${field}.surname`, 'A surname is');
  const written = input.dateOfBirth?.trim() || null;
  const dateOfBirth = written === null ? null : parseDateOfBirth(written, `${field}.dateOfBirth`, today);
  const aliases = input.aliases ?? [];
  if (aliases.length > ALIASES_MAX) throw validationError(`${field}.aliases`, `At most ${ALIASES_MAX} aliases at once`);
  return {
    forenames,
    surname,
    dateOfBirth: dateOfBirth?.value ?? null,
    dateOfBirthPrecision: dateOfBirth?.precision ?? null,
    gender: input.gender ? checkGender(input.gender, `${field}.gender`) : null,
    nationality: input.nationality?.trim() ? checkNationality(input.nationality, `${field}.nationality`) : null,
    identifiers: normaliseIdentifiers(input.identifiers, `${field}.identifiers`, today),
    vulnerabilities: checkVulnerabilities(input.vulnerabilities ?? [], `${field}.vulnerabilities`),
    aliases: aliases.map((alias, i) => validateAlias(alias, `${field}.aliases[${i}]`)),
  };
}

/** Kept for callers that need the full-date form only; partial dates go through parseDateOfBirth. */
export function checkDateOfBirth(value: string, field: string, today: Date): void {
  parseDateOfBirth(value, field, today);
}

export function checkRole(value: string, field: string): PersonRole {
  if ((personRoles as readonly string[]).includes(value)) return value as PersonRole;
  throw validationError(field, `A role is one of ${personRoles.join(', ')}`);
}

export function checkGender(value: string, field: string): Gender {
  if ((genders as readonly string[]).includes(value)) return value as Gender;
  throw validationError(field, `A gender is one of ${genders.join(', ')}`);
}

/** ISO 3166-1 alpha-3 as on passports (GBR, POL, VNM); the format is checked, not the list. */
export function checkNationality(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw validationError(field, 'A nationality is a three-letter ISO 3166 code, e.g. GBR');
  return code;
}

export function checkVulnerabilities(values: readonly string[], field: string): Vulnerability[] {
  const unknown = values.findIndex((v) => !(vulnerabilities as readonly string[]).includes(v));
  if (unknown >= 0) throw validationError(`${field}[${unknown}]`, `A vulnerability is one of ${vulnerabilities.join(', ')}`);
  return [...new Set(values as Vulnerability[])].sort();
}
