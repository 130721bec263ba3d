import { validationError } from '../errors/crosslink-error.js';

/**
 * UK national significant numbers (after the trunk 0) are 10 digits, or 9 for a few small
 * exchanges and freephone ranges; they never start with 0 or 4 or 6.
 */
const ukNational = /^[1235789]\d{8,9}$/;
// Mobiles (07…) are always 10 digits after the 0.
const ukMobile = /^7\d{9}$/;

/**
 * A phone number in E.164 (`+447700900123`), whatever way it was written: UK national
 * (07700 900123, (0161) 496 0000), international with + or 00, with spaces, dots, dashes, brackets
 * and the UK habit "+44 (0)161…". The same line recorded by two forces must be one node, so this is
 * the key it is merged on. A number without + or a leading 0 is refused rather than guessed at.
 */
export function normalisePhone(raw: string, field: string): string {
  const written = raw.trim();
  const refuse = (why: string) => validationError(field, `${written || '(empty)'} is not a phone number: ${why}`);
  if (!/^\+?[\d\s().\-/]+$/.test(written)) throw refuse('use digits, spaces and an optional leading +');
  let digits = written.replace(/\(0\)/g, '').replace(/[\s().\-/]/g, '');
  // The international prefix 00 is two zeros written together ("0044 …"); "0-(070)…" is not one.
  if (/^00/.test(written.replace(/\s/g, ''))) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+44')) return `+44${checkUk(digits.slice(3).replace(/^0/, ''), refuse)}`;
  if (digits.startsWith('+')) {
    const international = digits.slice(1);
    // E.164: a country code (never starting 0) and at most 15 digits in all.
    if (!/^[1-9]\d{6,14}$/.test(international)) throw refuse('an international number has 7 to 15 digits after the +');
    return `+${international}`;
  }
  if (digits.startsWith('0')) return `+44${checkUk(digits.slice(1), refuse)}`;
  throw refuse('write a UK number with its leading 0, or an international one with + and the country code');
}

function checkUk(national: string, refuse: (why: string) => Error): string {
  if (national.startsWith('7') ? !ukMobile.test(national) : !ukNational.test(national)) {
    throw refuse('a UK number has 10 or 11 digits with its leading 0 (mobiles 11)');
  }
  return national;
}
