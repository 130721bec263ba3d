import { type Random, Weighted } from './random.js';

/**
 * How phone numbers are written in the generated records. Police records write the same mobile in many
 * ways (`07700 900123`, `07700900123`, `+44 7700 900123`), a few oddly, and some numbers are foreign;
 * matching a number across records means comparing its digits (phoneDigits), not its text.
 */

export type UkStyle = 'spaced' | 'compact' | 'international' | 'internationalCompact' | 'grouped' | 'dashed' | 'bracketed' | 'doubleZero' | 'dotted' | 'pole';

/** The usual ways, most common first. */
const usual = new Weighted<UkStyle>([
  ['spaced', 45],
  ['compact', 30],
  ['international', 12],
  ['internationalCompact', 5],
  ['grouped', 4],
  ['dashed', 4],
]);

/** Odd ways: still the number's digits, in an unusual shape (the last is the POLE example's). */
const odd: readonly UkStyle[] = ['bracketed', 'doubleZero', 'dotted', 'pole'];

/** A style for writing a UK mobile: usually a common one, with probability `oddness` an odd one. */
export function drawUkStyle(rng: Random, oddness = 0.015): UkStyle {
  return rng.chance(oddness) ? rng.pick(odd) : usual.pick(rng);
}

/** A UK mobile, given as its 11 national digits ('07700900123'), written in a style. */
export function writeUkMobile(digits: string, style: UkStyle): string {
  const n = digits.slice(1);
  switch (style) {
    case 'spaced':
      return `${digits.slice(0, 5)} ${digits.slice(5)}`;
    case 'compact':
      return digits;
    case 'international':
      return `+44 ${n.slice(0, 4)} ${n.slice(4)}`;
    case 'internationalCompact':
      return `+44${n}`;
    case 'grouped':
      return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
    case 'dashed':
      return `${digits.slice(0, 5)}-${digits.slice(5)}`;
    case 'bracketed':
      return `(${digits.slice(0, 5)}) ${digits.slice(5, 8)} ${digits.slice(8)}`;
    case 'doubleZero':
      return `0044 ${n.slice(0, 4)} ${n.slice(4)}`;
    case 'dotted':
      return `${digits.slice(0, 5)}.${digits.slice(5, 8)}.${digits.slice(8)}`;
    case 'pole':
      return `${digits.slice(0, 1)}-(${digits.slice(1, 4)})${digits.slice(4, 7)}-${digits.slice(7)}`;
  }
}

/** Foreign mobiles, each written from eight subscriber digits; XX is the POLE example's unplaceable shape. */
const foreign: Readonly<Record<string, (s: string) => string>> = {
  FR: (s) => `+33 6 ${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4, 6)} ${s.slice(6)}`,
  RO: (s) => `+40 7${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5)}`,
  AL: (s) => `+355 6${s.slice(0, 1)} ${s.slice(1, 4)} ${s.slice(4)}`,
  VN: (s) => `+84 9${s.slice(0, 1)} ${s.slice(1, 4)} ${s.slice(4)}`,
  PL: (s) => `+48 5${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5)}`,
  NG: (s) => `+234 80${s.slice(0, 1)} ${s.slice(1, 4)} ${s.slice(4)}`,
  CN: (s) => `+86 138 ${s.slice(0, 4)} ${s.slice(4)}`,
  IE: (s) => `+353 8${s.slice(0, 1)} ${s.slice(1, 4)} ${s.slice(4)}`,
  XX: (s) => `0-(07${s.slice(0, 1)})${s.slice(1, 4)}-${s.slice(4)}`,
};

export const foreignCountries: readonly string[] = Object.keys(foreign);

export function writeForeignMobile(country: string, subscriber: string): string {
  const write = foreign[country];
  if (write === undefined) throw new RangeError(`no mobile format for ${country}`);
  return write(subscriber);
}

/**
 * The digits a written number stands for, UK numbers in their national form: '+44 7700 900123',
 * '0044 7700 900123' and '07700-900123' all give '07700900123'. Foreign numbers keep their country code.
 */
export function phoneDigits(written: string): string {
  const digits = written.replace(/\D/g, '');
  if (digits.startsWith('0044')) return `0${digits.slice(4)}`;
  if (written.trimStart().startsWith('+44')) return `0${digits.slice(2)}`;
  return digits;
}
