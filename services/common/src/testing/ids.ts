import { randomBytes } from 'node:crypto';

/** A force code no other test uses, e.g. TQ7K2M: tests that count or page create their own force. */
export function uniqueForceCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(7);
  return `T${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`;
}

/** A short random suffix to tell one test's records from another's. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/** A registration mark in the current UK shape (LL NN LLL) no other test uses, e.g. KR61XWP. */
export function uniqueVrm(): string {
  const letters = 'ABCDEFGHJKLMNPRSTUVWXY';
  const bytes = randomBytes(7);
  const letter = (i: number) => letters[bytes[i]! % letters.length];
  return `${letter(0)}${letter(1)}${bytes[2]! % 10}${bytes[3]! % 10}${letter(4)}${letter(5)}${letter(6)}`;
}

/** A UK mobile number in E.164 no other test holds, e.g. +447912345678 (the Phone node's key is unique). */
export function uniqueMobile(): string {
  const digits = Array.from(randomBytes(9), (b) => b % 10).join('');
  return `+447${digits}`;
}
