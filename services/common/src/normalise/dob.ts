import { validationError } from '../errors/crosslink-error.js';

export const datePrecisions = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** A date of birth known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD. */
export interface PartialDate {
  readonly value: string;
  readonly precision: DatePrecision;
}

/** The first and last day (UTC midnights) a partial date may stand for. */
export function dateRange(date: PartialDate): { earliest: Date; latest: Date } {
  const [year = 0, month, day] = date.value.split('-').map(Number);
  if (date.precision === 'DAY') {
    const exact = new Date(Date.UTC(year, (month ?? 1) - 1, day));
    return { earliest: exact, latest: exact };
  }
  if (date.precision === 'MONTH') {
    return { earliest: new Date(Date.UTC(year, (month ?? 1) - 1, 1)), latest: new Date(Date.UTC(year, month ?? 1, 0)) };
  }
  return { earliest: new Date(Date.UTC(year, 0, 1)), latest: new Date(Date.UTC(year, 11, 31)) };
}

/**
 * Parses a date of birth written YYYY, YYYY-MM or YYYY-MM-DD: a real calendar date, from 1900, and
 * not wholly in the future (a year or month that has begun is allowed).
 */
export function parseDateOfBirth(value: string, field: string, today: Date): PartialDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw validationError(field, 'A date of birth is written YYYY, YYYY-MM or YYYY-MM-DD');
  const [year, month, day] = [Number(match[1]), match[2] === undefined ? 1 : Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw validationError(field, `${value} is not a calendar date`);
  }
  if (date.getTime() > today.getTime()) throw validationError(field, 'A date of birth cannot be in the future');
  if (year < 1900) throw validationError(field, 'A date of birth is after 1900');
  const precision: DatePrecision = match[3] !== undefined ? 'DAY' : match[2] !== undefined ? 'MONTH' : 'YEAR';
  return { value, precision };
}

/** Reads a stored date of birth back; the precision follows from how it is written. */
export function storedDateOfBirth(value: string | null): PartialDate | null {
  if (value === null) return null;
  const parts = value.split('-').length;
  return { value, precision: parts === 3 ? 'DAY' : parts === 2 ? 'MONTH' : 'YEAR' };
}
