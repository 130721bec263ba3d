/**
 * When something happened, or a date of birth, is often known only to the year or month. These
 * check the written forms the services take before the form is sent, with the services' own rules:
 * a date must exist as written, from 1900 on, and the period it names must not start in the future.
 */

const partial = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The start of the period a YYYY, YYYY-MM or YYYY-MM-DD names, or null when no such date exists. */
export function periodStart(text: string): Date | null {
  const match = partial.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCFullYear() !== year || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return null;
  return start;
}

/** What is wrong with a date of birth (YYYY, YYYY-MM or YYYY-MM-DD), or null when it will do. */
export function dateOfBirthProblem(text: string, today: Date): string | null {
  const value = text.trim();
  if (!partial.test(value)) return 'Write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1986-10 when only the month is known.';
  const start = periodStart(value);
  if (start === null) return `${value} is not a calendar date.`;
  if (start.getUTCFullYear() < 1900) return 'A date of birth is after 1900.';
  if (start.getTime() > today.getTime()) return 'A date of birth cannot be in the future.';
  return null;
}

/** What is wrong with when an event happened (2026, 2026-03, 2026-03-14 or an instant), or null. */
export function occurredAtProblem(text: string, now: Date): string | null {
  const value = text.trim();
  let start: Date | null;
  if (instant.test(value)) {
    const written = periodStart(value.slice(0, 10));
    const ms = Date.parse(value);
    start = written === null || Number.isNaN(ms) ? null : new Date(ms);
  } else if (partial.test(value)) {
    start = periodStart(value);
  } else {
    return 'Write it as 2026, 2026-03, 2026-03-14 or an instant such as 2026-03-14T09:30Z.';
  }
  if (start === null) return `${value} is not a calendar date.`;
  if (start.getUTCFullYear() < 1900) return 'The date is before 1900.';
  if (start.getTime() > now.getTime()) return 'Events record what happened: the date cannot be in the future.';
  return null;
}

const inUtc = { timeZone: 'UTC' } as const;
const monthFormat = new Intl.DateTimeFormat('en-GB', { ...inUtc, month: 'long', year: 'numeric' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { ...inUtc, day: 'numeric', month: 'short', year: 'numeric' });
const instantFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** When an event happened, as much of it as is known: "2026", "March 2026", "14 Mar 2026" or a time. */
export function describeWhen(occurredFrom: string, precision: string): string {
  const start = new Date(occurredFrom);
  if (Number.isNaN(start.getTime())) return occurredFrom;
  switch (precision) {
    case 'YEAR':
      return String(start.getUTCFullYear());
    case 'MONTH':
      return monthFormat.format(start);
    case 'DAY':
      return dayFormat.format(start);
    default:
      return instantFormat.format(start);
  }
}
