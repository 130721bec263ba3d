import { createHash } from 'node:crypto';
import { CrosslinkError, isCrosslinkError, validationError } from '@crosslink/common';

/**
 * Idempotent creates. A client that may retry a create (its answer lost, a timeout, an error it
 * cannot trust) sends the same `idempotencyKey` each time; the first attempt that commits stores the
 * key, scoped to the caller, and a fingerprint of what it was asked to create on the new record (a
 * uniqueness constraint keeps one record per key). A retry with the same key and the same input
 * gets the first result back and creates nothing; the same key with a different input is refused
 * with IDEMPOTENCY_KEY_REUSED.
 */
export interface IdempotencyKey {
  /** The caller's key, scoped to the caller and hashed: what the record stores. */
  readonly key: string;
  /** A hash of the validated input, to tell a true retry from a different request reusing the key. */
  readonly fingerprint: string;
}

/** Letters, digits and . _ : - (a UUID fits), 8 to 128 of them. */
const keyPattern = /^[A-Za-z0-9._:-]{8,128}$/;

/** The idempotency key of a create, or null when the client sent none. */
export function idempotencyOf(username: string, raw: string | null | undefined, input: unknown): IdempotencyKey | null {
  if (raw === null || raw === undefined) return null;
  if (!keyPattern.test(raw)) throw validationError('input.idempotencyKey', 'An idempotency key is 8-128 letters, digits and . _ : - (a UUID will do)');
  return { key: sha256(JSON.stringify([username, raw])), fingerprint: sha256(stableJson(input)) };
}

/** What a key already names: the record it created and the fingerprint of that request. */
export interface KeyedRecord {
  readonly id: string;
  readonly fingerprint: string;
}

/**
 * Runs `create` once per key: an earlier record with the key is returned (`replayed`) when its
 * request was the same, and refused when it was not. Two attempts racing with one key both pass the
 * first lookup; the uniqueness constraint refuses the second (CONFLICT), which then replays the first.
 */
export async function createOnce<T>(
  idempotency: IdempotencyKey | null,
  find: (key: string) => Promise<KeyedRecord | null>,
  load: (id: string) => Promise<T | null>,
  create: () => Promise<T>,
): Promise<{ readonly value: T; readonly replayed: boolean }> {
  if (idempotency === null) return { value: await create(), replayed: false };
  const earlier = async (): Promise<T | null> => {
    const found = await find(idempotency.key);
    if (found === null) return null;
    if (found.fingerprint !== idempotency.fingerprint) {
      throw new CrosslinkError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different request', { field: 'input.idempotencyKey' });
    }
    const value = await load(found.id);
    if (value === null)
      throw new CrosslinkError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a record you may no longer see', { field: 'input.idempotencyKey' });
    return value;
  };
  const replay = await earlier();
  if (replay !== null) return { value: replay, replayed: true };
  try {
    return { value: await create(), replayed: false };
  } catch (error) {
    if (!isCrosslinkError(error) || error.code !== 'CONFLICT') throw error;
    const raced = await earlier();
    if (raced === null) throw error;
    return { value: raced, replayed: true };
  }
}

/** JSON with object keys sorted, so equal inputs hash equally whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
