import { describe, expect, it } from 'vitest';
import { searchTerms } from './search.validation.js';

describe('search text', () => {
  it('splits on whitespace and keeps at most eight words', () => {
    expect(searchTerms('  Dwayne  Merc ')).toEqual(['Dwayne', 'Merc']);
    expect(searchTerms('a b c d e f g h i j')).toHaveLength(8);
  });

  it.each([[''], [' a '], ['x'.repeat(201)]])('refuses %j naming the text', (text) => {
    expect(() => searchTerms(text)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'text' } }));
  });
});
