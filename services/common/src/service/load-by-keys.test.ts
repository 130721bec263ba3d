import { describe, expect, it } from 'vitest';
import { loadByKeys } from './load-by-keys.js';

describe('loadByKeys', () => {
  it('asks for the keys of one tick at once, and gives each its entry or the absent value', async () => {
    const asked: (readonly string[])[] = [];
    const loader = loadByKeys(async (keys) => {
      asked.push(keys);
      return new Map(keys.filter((k) => k !== 'hidden').map((k) => [k, k.toUpperCase()]));
    }, null);
    expect(await Promise.all([loader.load('a'), loader.load('hidden'), loader.load('b')])).toEqual(['A', null, 'B']);
    expect(asked).toEqual([['a', 'hidden', 'b']]);
    // Cached for the request: asking again asks nothing.
    expect(await loader.load('a')).toBe('A');
    expect(asked).toHaveLength(1);
  });

  it('keeps a list lookup’s empty answer for a key it has no entry for', async () => {
    const loader = loadByKeys(async () => new Map<string, string[]>(), [] as string[]);
    expect(await loader.load('none')).toEqual([]);
  });
});
