import { describe, expect, it } from 'vitest';
import { compareDatesOfBirth } from './dates-of-birth.js';

describe('compareDatesOfBirth', () => {
  it.each([
    ['1990-04-03', '1990-04-03', 'SAME'],
    ['1990-04-03', '1990-03-04', 'SWAPPED'],
    ['1990-03-04', '1990-04-03', 'SWAPPED'],
    ['1990-04-03', '1991-03-04', 'DIFFERENT'],
    ['1990-04-03', '1990-04-04', 'DIFFERENT'],
    ['1990-04-03', null, 'MISSING'],
    [null, '1990-04-03', 'MISSING'],
    [null, null, 'MISSING'],
    ['', '1990-04-03', 'MISSING'],
    ['1990', '1990-04-03', 'PARTIAL'],
    ['1990-04-03', '1990-04', 'PARTIAL'],
    ['1990-04', '1990-04', 'PARTIAL'],
    ['1990', '1990', 'PARTIAL'],
    ['1990', '1991-04-03', 'DIFFERENT'],
    ['1990-05', '1990-04-03', 'DIFFERENT'],
    ['1990', '1990-04', 'PARTIAL'],
  ] as const)('%s and %s: %s', (a, b, agreement) => {
    expect(compareDatesOfBirth(a, b)).toBe(agreement);
    expect(compareDatesOfBirth(b, a)).toBe(agreement);
  });
});
