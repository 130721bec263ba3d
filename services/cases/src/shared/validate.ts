import { caveatPattern, forceCodePattern, validationError } from '@crosslink/common';

/**
 * Small input checks every mutation shares. Each throws VALIDATION_FAILED naming the field, so the
 * client knows what to fix; none touches the database.
 */
/** Keycloak usernames of the realm: lower-case letters, digits and . _ - (e.g. detective.gmp). */
const usernamePattern = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export const REASON_MAX = 1000;

export function requiredText(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed === '') throw validationError(field, `${field} must not be empty`);
  if (trimmed.length > max) throw validationError(field, `${field} is at most ${max} characters`);
  return trimmed;
}

/** Blank becomes null. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed !== null && trimmed.length > max) throw validationError(field, `${field} is at most ${max} characters`);
  return trimmed;
}

export function forceCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!forceCodePattern.test(code)) throw validationError(field, 'A force code is 2-12 letters or digits, e.g. GMP');
  return code;
}

export function username(value: string, field: string): string {
  const name = value.trim().toLowerCase();
  if (!usernamePattern.test(name)) throw validationError(field, 'Not a username, e.g. detective.gmp');
  return name;
}

export function caveatList(values: readonly string[], field: string): string[] {
  const caveats = values.map((v) => v.trim().toUpperCase());
  caveats.forEach((c, i) => {
    if (!caveatPattern.test(c)) throw validationError(`${field}.${i}`, 'A caveat is 2-40 upper-case letters, digits, _ or -');
  });
  return [...new Set(caveats)].sort();
}

/** Enum lists arrive valid from GraphQL; duplicates are dropped and the order made stable. */
export function distinctSorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}

/** A calendar date, YYYY-MM-DD, that exists. */
export function calendarDate(value: string, field: string): string {
  const date = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (parsed === null || parsed.toISOString().slice(0, 10) !== date) {
    throw validationError(field, 'A date is YYYY-MM-DD, e.g. 2026-03-14');
  }
  return date;
}
