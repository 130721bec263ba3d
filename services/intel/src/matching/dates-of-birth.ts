/**
 * How two records' dates of birth compare, for match suggestions. A date of birth is stored as
 * recorded: YYYY, YYYY-MM or YYYY-MM-DD (see services/common dob.ts), or not at all.
 *
 * - SAME: both known to the day, and equal;
 * - SWAPPED: both known to the day, the same year, with day and month exchanged (3 April and
 *   4 March): a slip of writing the date in the other order;
 * - MISSING: one record gives none;
 * - PARTIAL: one is known only to the year or the month, and agrees with the other as far as it
 *   goes (1990 and 1990-04-03; 1990-04 and 1990-04);
 * - DIFFERENT: both known, and none of the above.
 */
export type DateOfBirthAgreement = 'SAME' | 'SWAPPED' | 'MISSING' | 'PARTIAL' | 'DIFFERENT';

const fullDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function compareDatesOfBirth(a: string | null, b: string | null): DateOfBirthAgreement {
  if (a === null || b === null || a.trim() === '' || b.trim() === '') return 'MISSING';
  const [x, y] = [fullDate.exec(a), fullDate.exec(b)];
  if (x !== null && y !== null) {
    if (a === b) return 'SAME';
    const [, yearA, monthA, dayA] = x;
    const [, yearB, monthB, dayB] = y;
    return yearA === yearB && monthA === dayB && dayA === monthB ? 'SWAPPED' : 'DIFFERENT';
  }
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter === longer || longer.startsWith(`${shorter}-`) ? 'PARTIAL' : 'DIFFERENT';
}
