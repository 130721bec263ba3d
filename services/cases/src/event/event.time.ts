import { validationError } from '@crosslink/common';

/**
 * When an event happened is often known only to the year, month or day ("March 2026"). It is stored
 * as the instant its period starts (UTC), which sorts, plus the precision, which says how much of it
 * is known. The text form is the ISO-8601 prefix: 2026, 2026-03, 2026-03-14 or a full instant.
 */
export const precisions = ['YEAR', 'MONTH', 'DAY', 'EXACT'] as const;
export type Precision = (typeof precisions)[number];

export interface PartialTime {
  /** Start of the period, as an ISO-8601 UTC instant. */
  readonly start: string;
  readonly precision: Precision;
}

const exact = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const partial = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses 2026, 2026-03, 2026-03-14 or an instant with its offset; anything else is refused on `field`. */
export function parsePartialTime(text: string, field: string): PartialTime {
  const value = text.trim();
  if (exact.test(value)) {
    const ms = Date.parse(value);
    if (Number.isNaN(ms) || !sameCalendarDate(value)) throw invalid(field);
    return { start: new Date(ms).toISOString(), precision: 'EXACT' };
  }
  const match = partial.exec(value);
  if (match === null) throw invalid(field);
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  const start = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) throw invalid(field);
  const precision: Precision = d !== undefined ? 'DAY' : m !== undefined ? 'MONTH' : 'YEAR';
  return { start: start.toISOString(), precision };
}

/** The text form of a stored time: as much of the start as the precision says is known. */
export function formatPartialTime(start: string, precision: Precision): string {
  const iso = new Date(start).toISOString();
  switch (precision) {
    case 'YEAR':
      return iso.slice(0, 4);
    case 'MONTH':
      return iso.slice(0, 7);
    case 'DAY':
      return iso.slice(0, 10);
    case 'EXACT':
      return iso.replace('.000Z', 'Z');
  }
}

/** True when an event's period starts after `now`: events record what happened, not plans. */
export function isFuture(time: PartialTime, now: Date): boolean {
  return Date.parse(time.start) > now.getTime();
}

/** Date.parse rolls 2026-02-30T… over to March; the written date must exist as written. */
function sameCalendarDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function invalid(field: string) {
  return validationError(field, 'A time is 2026, 2026-03, 2026-03-14 or an instant such as 2026-03-14T09:30:00Z');
}
