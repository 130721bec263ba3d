import { createHash } from 'node:crypto';
import { CrosslinkError, validationError } from '@crosslink/common';

/**
 * Idempotency keys for creates. A client that does not know whether a create was made (its answer
 * was lost, or came back as an error after the change had committed) retries it with the same
 * `idempotencyKey`; the retry returns what the first attempt made instead of making it again. A key
 * belongs to the user who sent it, and to one request: the same key with another mutation or input
 * is refused with IDEMPOTENCY_KEY_REUSED. The key is stored in the same transaction as what it made
 * (`EntityIdempotencyKey`, unique on `id`), so either both exist or neither does.
 */
export interface IdempotencyRequest {
  /** SHA-256 of the user and their key: one user's key never meets another's. */
  readonly id: string;
  /** SHA-256 of the mutation and its input (without the key). */
  readonly fingerprint: string;
  readonly mutation: string;
}

/** What a stored key says about the create it made. */
export interface StoredKey {
  readonly fingerprint: string;
  readonly resultId: string;
}

const KEY_MAX = 200;

/** The key of a create's input, checked, or null when the client sent none. */
export function idempotencyRequest<T extends { readonly idempotencyKey?: string | null }>(
  input: T,
  mutation: string,
  userId: string,
  field: string,
): IdempotencyRequest | null {
  const key = input.idempotencyKey;
  if (key === undefined || key === null) return null;
  if (key.length === 0 || key.length > KEY_MAX || [...key].some((char) => char < ' ' || char === '\u007f')) {
    throw validationError(field, `An idempotency key is 1 to ${KEY_MAX} printable characters, e.g. a UUID`);
  }
  const { idempotencyKey: _key, ...request } = input;
  return {
    id: sha256(stableJson([userId, key])),
    fingerprint: sha256(stableJson([mutation, request])),
    mutation,
  };
}

/** The error for a key met again with another request. */
export function keyReused(field: string): CrosslinkError {
  return new CrosslinkError('IDEMPOTENCY_KEY_REUSED', undefined, { field });
}

/** JSON with object keys sorted, so the same input always gives the same text whatever its key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
