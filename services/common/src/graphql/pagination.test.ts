import { describe, expect, it } from 'vitest';
import { CrosslinkError } from '../errors/crosslink-error.js';
import { randomBytes } from 'node:crypto';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, pageSize, toConnection, useCursorKey } from './pagination.js';

function thrownBy(fn: () => unknown): CrosslinkError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CrosslinkError) return error;
    throw error;
  }
  throw new Error('expected a CrosslinkError');
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('cursors', () => {
  it('round-trip a key of strings and numbers', () => {
    const key = ['2026-03-01T09:30:00.123456789Z', 'c-7f3a', 42];
    expect(decodeCursor(encodeCursor(key), 3)).toEqual(key);
  });

  it('are URL-safe and do not show the key in clear', () => {
    const cursor = encodeCursor(['2026-03-01T09:30:00Z', 'a/b+c?']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('2026');
    expect(Buffer.from(cursor, 'base64url').toString('latin1')).not.toContain('a/b+c?');
  });

  it('differ each time the same key is sealed, so equal keys cannot be spotted', () => {
    expect(encodeCursor(['k', 'i'])).not.toBe(encodeCursor(['k', 'i']));
  });

  it('refuse a cursor with any byte altered', () => {
    const bytes = Buffer.from(encodeCursor(['2026-03-01T09:30:00Z', 'case-1']), 'base64url');
    for (const at of [0, 12, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[at] = altered[at]! ^ 0x01;
      expect(thrownBy(() => decodeCursor(altered.toString('base64url'), 2)).code).toBe('BAD_CURSOR');
    }
  });

  it('refuse a cursor sealed under another stack’s key', () => {
    const cursor = encodeCursor(['2026-03-01T09:30:00Z', 'case-1']);
    useCursorKey(randomBytes(32).toString('base64url'));
    expect(thrownBy(() => decodeCursor(cursor, 2)).code).toBe('BAD_CURSOR');
  });

  it('refuse a key that is not 32 bytes', () => {
    expect(() => useCursorKey(randomBytes(16).toString('base64url'))).toThrow(/32 bytes/);
  });

  it.each([
    ['not base64 JSON', 'not a cursor!'],
    ['empty', ''],
    ['JSON that is not an array', b64('{"createdAt":"x","id":"y"}')],
    ['an array of the wrong arity', encodeCursor(['2026-03-01T09:30:00Z'])],
    ['an array too long', encodeCursor(['a', 'b', 'c'])],
    ['an array holding an object', b64('["a",{"$gt":1}]')],
    ['an array holding null', b64('["a",null]')],
    ['a plain key as the old cursors were made', b64('["0","x"]')],
  ])('refuses a cursor that is %s with BAD_CURSOR on `after`', (_name, cursor) => {
    const error = thrownBy(() => decodeCursor(cursor, 2));
    expect(error.code).toBe('BAD_CURSOR');
    expect(error.details).toEqual({ field: 'after' });
  });
});

describe('pageSize', () => {
  it('defaults when no size is given', () => {
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(null)).toBe(DEFAULT_PAGE_SIZE);
  });

  it.each([1, 20, MAX_PAGE_SIZE])('accepts %d', (first) => {
    expect(pageSize(first)).toBe(first);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d on `first`', (first) => {
    const error = thrownBy(() => pageSize(first));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual({ field: 'first' });
  });
});

describe('toConnection', () => {
  const rows = [
    { id: 'a', at: 3 },
    { id: 'b', at: 2 },
    { id: 'c', at: 1 },
  ];
  const keyOf = (row: { id: string; at: number }) => [row.at, row.id] as const;

  it('drops the extra row and reports a next page', () => {
    const connection = toConnection(rows, 2, keyOf);
    expect(connection.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(connection.pageInfo.endCursor ?? '', 2)).toEqual([2, 'b']);
    expect(connection.pageInfo.endCursor).toBe(connection.edges[1]?.cursor);
  });

  it('reports no next page when the rows fit', () => {
    const connection = toConnection(rows, 3, keyOf);
    expect(connection.edges).toHaveLength(3);
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(decodeCursor(connection.pageInfo.endCursor ?? '', 2)).toEqual([1, 'c']);
  });

  it('gives each edge the cursor of its own key', () => {
    const connection = toConnection(rows, 3, keyOf);
    expect(connection.edges.map((e) => decodeCursor(e.cursor, 2))).toEqual([
      [3, 'a'],
      [2, 'b'],
      [1, 'c'],
    ]);
  });

  it('has no end cursor when empty', () => {
    expect(toConnection([], 20, keyOf)).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
