import { describe, expect, it } from 'vitest';
import { largestFirst } from './largest-first.js';

describe('largestFirst', () => {
  it('orders the forces by size, largest first, keeping the given order between equals', () => {
    expect(largestFirst([10, 300, 20, 300, 5])).toEqual([1, 3, 2, 0, 4]);
    expect(largestFirst([])).toEqual([]);
  });
});
