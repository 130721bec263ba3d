import { validationError } from '@crosslink/common';

/** A bank account normalised to the form it is merged on, so every force's record of it is one node. */
export interface BankAccountKey {
  /** `UK:<sort code><account>` for UK accounts (from either form), `IBAN:<iban>` for the rest. */
  readonly accountKey: string;
  /** Six digits, e.g. 123456; null for a non-UK IBAN. */
  readonly sortCode: string | null;
  /** Eight digits; null for a non-UK IBAN. */
  readonly accountNumber: string | null;
  readonly iban: string | null;
}

export interface BankAccountInput {
  readonly sortCode?: string | null;
  readonly accountNumber?: string | null;
  readonly iban?: string | null;
}

// IBAN lengths of the countries whose accounts turn up most; others are checked by mod 97 alone.
const ibanLengths: Readonly<Record<string, number>> = {
  GB: 22,
  IE: 22,
  DE: 22,
  FR: 27,
  ES: 24,
  IT: 27,
  NL: 18,
  BE: 16,
  PT: 25,
  PL: 28,
  RO: 24,
  LT: 20,
  LV: 21,
  BG: 22,
  GR: 27,
  AL: 28,
  CH: 21,
  AT: 20,
  SE: 24,
  DK: 18,
  NO: 15,
  FI: 18,
  CZ: 24,
  SK: 24,
  HU: 28,
};

export function normaliseSortCode(raw: string, field: string): string {
  const digits = raw.trim().replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(digits)) throw validationError(field, 'A sort code is six digits, e.g. 12-34-56');
  return digits;
}

/** Eight digits; a seven-digit account (some building societies) is padded with a leading 0 as banks do. */
export function normaliseAccountNumber(raw: string, field: string): string {
  const digits = raw.trim().replace(/[\s-]/g, '');
  if (!/^\d{7,8}$/.test(digits)) throw validationError(field, 'An account number is eight digits');
  return digits.padStart(8, '0');
}

/** An IBAN without spaces, upper case, with its country length and ISO 13616 mod-97 check. */
export function normaliseIban(raw: string, field: string): string {
  const iban = raw.trim().replace(/\s+/g, '').toUpperCase();
  const refuse = (why: string) => validationError(field, `${raw.trim() || '(empty)'} is not an IBAN: ${why}`);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) throw refuse('two letters, two check digits, then the account');
  const expected = ibanLengths[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) throw refuse(`a ${iban.slice(0, 2)} IBAN has ${expected} characters`);
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) throw refuse('its check digits are wrong');
  return iban;
}

/** The remainder mod 97 of the number made by writing letters as 10..35; digit by digit, no bigints. */
export function mod97(value: string): number {
  let remainder = 0;
  for (const ch of value) {
    const code = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/**
 * A UK account from its sort code and number, an IBAN, or both. A GB IBAN carries the sort code and
 * account number (after the four-letter bank code), so it keys to the same node as the pair; given
 * both, they must agree.
 */
export function normaliseBankAccount(input: BankAccountInput, field: string): BankAccountKey {
  const hasPair = Boolean(input.sortCode?.trim() || input.accountNumber?.trim());
  const iban = input.iban?.trim() ? normaliseIban(input.iban, `${field}.iban`) : null;
  if (!hasPair && iban === null) throw validationError(`${field}.sortCode`, 'Give a sort code and account number, or an IBAN');
  let sortCode: string | null = null;
  let accountNumber: string | null = null;
  if (hasPair) {
    sortCode = normaliseSortCode(input.sortCode ?? '', `${field}.sortCode`);
    accountNumber = normaliseAccountNumber(input.accountNumber ?? '', `${field}.accountNumber`);
  }
  if (iban !== null && !iban.startsWith('GB') && hasPair) {
    throw validationError(`${field}.iban`, 'A non-UK IBAN has no sort code: give the IBAN alone');
  }
  if (iban?.startsWith('GB')) {
    const [fromSort, fromAccount] = [iban.slice(8, 14), iban.slice(14, 22)];
    if (sortCode !== null && (sortCode !== fromSort || accountNumber !== fromAccount)) {
      throw validationError(`${field}.iban`, 'The IBAN does not match the sort code and account number');
    }
    [sortCode, accountNumber] = [fromSort, fromAccount];
  }
  if (sortCode !== null && accountNumber !== null) return { accountKey: `UK:${sortCode}${accountNumber}`, sortCode, accountNumber, iban };
  return { accountKey: `IBAN:${iban ?? ''}`, sortCode: null, accountNumber: null, iban };
}
