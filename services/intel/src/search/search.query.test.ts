import { describe, expect, it } from 'vitest';
import { escapeTerm, fold, fullTextQuery } from './search.query.js';

describe('full-text queries', () => {
  it('matches every word, whole or as a prefix, without case or accents', () => {
    expect(fullTextQuery('Dwayne  Merc')).toBe('(dwayne OR dwayne*) AND (merc OR merc*)');
    expect(fullTextQuery('Zoë')).toBe('(zoe OR zoe*)');
  });

  it('never lets typed text act as query syntax', () => {
    expect(escapeTerm('a+b-(c)*"d"~e:f/g\\h')).toBe('a\\+b\\-\\(c\\)\\*\\"d\\"\\~e\\:f\\/g\\\\h');
    expect(fullTextQuery('GMP-2026-00001')).toBe('"GMP-2026-00001"');
    expect(fullTextQuery('say"hi\\')).toBe('"say\\"hi\\\\"');
    expect(fullTextQuery('*:* OR x')).toBe('"*:*" AND (or OR or*) AND (x)');
  });

  it('folds accents and case', () => {
    expect(fold('ŞTEFĂNESCU')).toBe('stefanescu');
  });

  it.each([[''], [' a '], ['x'.repeat(201)]])('refuses %j naming the text', (text) => {
    expect(() => fullTextQuery(text)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'text' } }));
  });
});
