import { dateRange, type PartialDate } from '@crosslink/common';

/** Whether a person was a child (under 18) at a date. */
export type ChildStatus = 'CHILD' | 'ADULT' | 'UNKNOWN';

const ADULT_AGE = 18;

/** The day someone born on `birth` turns 18 (a 29 February birthday turns on 1 March in a common year). */
function eighteenthBirthday(birth: Date): Date {
  const turns = new Date(Date.UTC(birth.getUTCFullYear() + ADULT_AGE, birth.getUTCMonth(), 1));
  turns.setUTCDate(birth.getUTCDate());
  return turns;
}

/**
 * Child or adult at `at`. With a partial date of birth the person may have been born on any day it
 * covers: they are a CHILD only if even the earliest birth date leaves them under 18, an ADULT only
 * if even the latest makes them 18, and UNKNOWN when the date allows both (or is missing). Callers
 * that safeguard treat UNKNOWN from a partial date as a possible child, never as an adult.
 */
export function childStatus(dateOfBirth: PartialDate | null, at: Date): ChildStatus {
  if (dateOfBirth === null) return 'UNKNOWN';
  const { earliest, latest } = dateRange(dateOfBirth);
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  if (eighteenthBirthday(earliest).getTime() > day) return 'CHILD';
  if (eighteenthBirthday(latest).getTime() <= day) return 'ADULT';
  return 'UNKNOWN';
}
