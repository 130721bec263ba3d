import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CrosslinkError, validationError } from '../errors/crosslink-error.js';

/** Page size when the client gives none, and the most one page may hold. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type CursorKey = readonly (string | number)[];

export interface Edge<T> {
  readonly cursor: string;
  readonly node: T;
}

export interface Connection<T> {
  readonly edges: readonly Edge<T>[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly endCursor: string | null;
  };
}

/**
 * Cursors are the sort key of the last row seen, so a page continues after that key (keyset
 * pagination): rows inserted meanwhile never shift a page, and no row is returned twice or skipped.
 * That key (a creation time, a case id, another force's case reference) is the service's business,
 * not the client's: a cursor is the key sealed with AES-256-GCM under the stack's cursor key, so it
 * is meaningless to the client and cannot be forged or altered — anything that does not open under
 * the key is BAD_CURSOR. Every service of a stack holds the same key (CURSOR_KEY), so a cursor one
 * replica gave out opens in another; the key is installed once at start by `useCursorKey`.
 */
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CURSOR_CONTEXT = Buffer.from('crosslink-cursor-v1');

/** A fresh key per process until the configured one is installed (unit tests run on this). */
let cursorKey: Buffer = randomBytes(32);

/** Installs the stack's cursor key: 32 bytes, given base64url-encoded (see CURSOR_KEY in config). */
export function useCursorKey(key: string): void {
  const bytes = Buffer.from(key, 'base64url');
  if (bytes.length !== 32) throw new Error('The cursor key must be 32 bytes, base64url-encoded');
  cursorKey = bytes;
}

export function encodeCursor(key: CursorKey): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', cursorKey, iv).setAAD(CURSOR_CONTEXT);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(key), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorKey {
  const key = openCursor(cursor);
  if (Array.isArray(key) && key.length === arity && key.every((part) => typeof part === 'string' || typeof part === 'number')) {
    return key as CursorKey;
  }
  throw badCursor();
}

/** The JSON sealed in a cursor, or BAD_CURSOR when it was not sealed under this stack's key. */
function openCursor(cursor: string): unknown {
  const bytes = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url') : Buffer.alloc(0);
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw badCursor();
  try {
    const decipher = createDecipheriv('aes-256-gcm', cursorKey, bytes.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES }).setAAD(CURSOR_CONTEXT);
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  } catch {
    throw badCursor();
  }
}

export function badCursor(): CrosslinkError {
  return new CrosslinkError('BAD_CURSOR', undefined, { field: 'after' });
}

/** The page size to fetch, validated; `first` is the client's argument. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw validationError('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/**
 * Builds a connection from rows fetched with `limit = size + 1`: the extra row only tells whether
 * there is a next page.
 */
export function toConnection<T>(rows: readonly T[], size: number, keyOf: (row: T) => CursorKey): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
