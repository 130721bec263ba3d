import { describe, expect, it, vi } from 'vitest';
import { byParent, childPageLoader, type ChildPagesFetch } from './child-pages.js';

const rowsOf = (parentId: string, after: string | null, limit: number) => Array.from({ length: limit }, (_, i) => `${parentId}:${after ?? '-'}:${i}`);

describe('childPageLoader', () => {
  it('fetches the pages of every parent asked for together in one call', async () => {
    const fetch = vi.fn<ChildPagesFetch<string>>(async (ids, after, limit) => new Map(ids.map((id) => [id, rowsOf(id, after, limit)])));
    const loader = childPageLoader(fetch);
    const pages = await Promise.all(['a', 'b', 'c'].map((parentId) => loader.load({ parentId, after: null, limit: 3 })));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(['a', 'b', 'c'], null, 3);
    expect(pages).toEqual([rowsOf('a', null, 3), rowsOf('b', null, 3), rowsOf('c', null, 3)]);
  });

  it('keeps parents with different cursors or sizes apart, so each gets its own page', async () => {
    const fetch = vi.fn<ChildPagesFetch<string>>(async (ids, after, limit) => new Map(ids.map((id) => [id, rowsOf(id, after, limit)])));
    const loader = childPageLoader(fetch);
    const [a, b, c] = await Promise.all([
      loader.load({ parentId: 'a', after: null, limit: 2 }),
      loader.load({ parentId: 'b', after: 'k', limit: 2 }),
      loader.load({ parentId: 'c', after: null, limit: 5 }),
    ]);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect([a, b, c]).toEqual([rowsOf('a', null, 2), rowsOf('b', 'k', 2), rowsOf('c', null, 5)]);
  });

  it('gives a parent without rows an empty page, and asks for a repeated key once', async () => {
    const fetch = vi.fn<ChildPagesFetch<string>>(async () => new Map([['a', ['x']]]));
    const loader = childPageLoader(fetch);
    const pages = await Promise.all([
      loader.load({ parentId: 'a', after: null, limit: 2 }),
      loader.load({ parentId: 'z', after: null, limit: 2 }),
      loader.load({ parentId: 'a', after: null, limit: 2 }),
    ]);
    expect(pages).toEqual([['x'], [], ['x']]);
    expect(fetch).toHaveBeenCalledWith(['a', 'z'], null, 2);
  });

  it('fails only the keys of the group whose fetch failed', async () => {
    const loader = childPageLoader<string>(async (ids, after) => {
      if (after === 'forged') throw new Error('BAD_CURSOR');
      return new Map(ids.map((id) => [id, [id]]));
    });
    const [good, bad] = await Promise.allSettled([
      loader.load({ parentId: 'a', after: null, limit: 1 }),
      loader.load({ parentId: 'b', after: 'forged', limit: 1 }),
    ]);
    expect(good).toEqual({ status: 'fulfilled', value: ['a'] });
    expect(bad).toMatchObject({ status: 'rejected', reason: { message: 'BAD_CURSOR' } });
  });
});

describe('byParent', () => {
  it('groups rows by parent in their order', () => {
    const grouped = byParent([
      { parentId: 'a', row: 1 },
      { parentId: 'b', row: 2 },
      { parentId: 'a', row: 3 },
    ]);
    expect([...grouped]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});
