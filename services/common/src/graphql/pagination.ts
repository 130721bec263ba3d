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
 * Cursors are opaque to clients but are the sort key of the last row seen, so a page continues
 * after that key (keyset pagination): rows inserted meanwhile never shift a page, and no row is
 * returned twice or skipped.
 */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key as CursorKey;
    }
  } catch {
    // fall through to the coded error
  }
  throw new CrosslinkError('BAD_CURSOR', undefined, { field: 'after' });
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
