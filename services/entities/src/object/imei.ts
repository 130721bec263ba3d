import { validationError } from '@crosslink/common';

/**
 * A handset's IMEI: 15 digits, the last a Luhn check digit over the first 14. Spaces, dashes and
 * slashes as printed on labels are dropped. A 16-digit IMEISV carries no check digit and is refused.
 */
export function normaliseImei(raw: string, field: string): string {
  const digits = raw.trim().replace(/[\s\-/]/g, '');
  if (!/^\d{15}$/.test(digits)) throw validationError(field, 'An IMEI is 15 digits');
  if (!luhnValid(digits)) throw validationError(field, `${digits} is not an IMEI: its check digit is wrong`);
  return digits;
}

/** The Luhn (mod 10) check: doubling every second digit from the right, the sum ends in 0. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
