import { describe, expect, it } from 'vitest';
import { Random, Scramble, Weighted } from './random.js';

const draws = (rng: Random, n: number): number[] => Array.from({ length: n }, () => rng.uint32());

describe('Random', () => {
  it('gives the same draws for the same labels, and different draws for different ones', () => {
    expect(draws(new Random(1, 'force', 'GMP'), 20)).toEqual(draws(new Random(1, 'force', 'GMP'), 20));
    expect(draws(new Random(1, 'force', 'GMP'), 20)).not.toEqual(draws(new Random(2, 'force', 'GMP'), 20));
    expect(draws(new Random('ab', 'c'), 5)).not.toEqual(draws(new Random('a', 'bc'), 5));
  });

  it('keeps its integers within their bounds and reaches both ends', () => {
    const rng = new Random('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const n = rng.int(3, 9);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(9);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('samples distinct items', () => {
    const sample = new Random('sample').sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(new Random('sample').sample(['a', 'b'], 5)).toHaveLength(2);
  });
});

describe('Weighted', () => {
  it('picks by weight and never an item of weight 0', () => {
    const table = new Weighted([
      ['rare', 1],
      ['common', 9],
      ['never', 0],
    ]);
    const rng = new Random('weighted');
    const counts: Record<string, number> = {};
    for (let i = 0; i < 10_000; i++) {
      const item = table.pick(rng);
      counts[item] = (counts[item] ?? 0) + 1;
    }
    expect(counts['never']).toBeUndefined();
    expect(counts['common']).toBeGreaterThan(8500);
    expect(counts['rare']).toBeGreaterThan(700);
  });
});

describe('Scramble', () => {
  it('is a bijection of its range, so numbering through it never repeats', () => {
    const scramble = new Scramble(37, 11, 'test');
    const values = Array.from({ length: scramble.size }, (_, k) => scramble.at(k));
    expect(new Set(values).size).toBe(scramble.size);
    expect(Math.min(...values)).toBe(0);
    expect(Math.max(...values)).toBe(scramble.size - 1);
    expect(values.slice(0, 10)).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(() => scramble.at(scramble.size)).toThrow(RangeError);
  });
});
