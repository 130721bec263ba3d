import { validationError } from '@crosslink/common';
import { personRoles, type NewPerson, type PersonRole } from './person.model.js';

export interface PersonInput {
  readonly forenames: string;
  readonly surname: string;
  readonly dateOfBirth?: string | null;
}

const NAME_MAX = 100;

/** Trims names and checks a date of birth: a real calendar date, not in the future. */
export function validatePerson(input: PersonInput, field: string, today: Date): NewPerson {
  const forenames = input.forenames.trim().replace(/\s+/g, ' ');
  const surname = input.surname.trim().replace(/\s+/g, ' ');
  if (forenames === '') throw validationError(`${field}.forenames`, 'Forenames are required');
  if (surname === '') throw validationError(`${field}.surname`, 'A surname is required');
  if (forenames.length > NAME_MAX) throw validationError(`${field}.forenames`, `Forenames are at most ${NAME_MAX} characters`);
  if (surname.length > NAME_MAX) throw validationError(`${field}.surname`, `A surname is at most ${NAME_MAX} characters`);
  const dateOfBirth = input.dateOfBirth?.trim() || null;
  if (dateOfBirth !== null) checkDateOfBirth(dateOfBirth, `${field}.dateOfBirth`, today);
  return { forenames, surname, dateOfBirth };
}

export function checkDateOfBirth(value: string, field: string, today: Date): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw validationError(field, 'A date of birth is written YYYY-MM-DD');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw validationError(field, `${value} is not a calendar date`);
  }
  if (date.getTime() > today.getTime()) throw validationError(field, 'A date of birth cannot be in the future');
  if (year < 1900) throw validationError(field, 'A date of birth is after 1900');
}

export function checkRole(value: string, field: string): PersonRole {
  if ((personRoles as readonly string[]).includes(value)) return value as PersonRole;
  throw validationError(field, `A role is one of ${personRoles.join(', ')}`);
}
