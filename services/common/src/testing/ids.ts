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
