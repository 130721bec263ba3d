import { describe, expect, it } from 'vitest';
import { escapeTerm, fold, fullTextQuery } from './search.query.js';
import { searchTerms } from './search.validation.js';

const queryOf = (text: string) => fullTextQuery(searchTerms(text));

describe('full-text queries', () => {
  it('matches every word, whole or as a prefix, without case or accents', () => {
    expect(queryOf('Dwayne  Merc')).toBe('(dwayne OR dwayne*) AND (merc OR merc*)');
    expect(queryOf('Zoë')).toBe('(zoe OR zoe*)');
  });

  it('never lets typed text act as query syntax', () => {
    expect(escapeTerm('a+b-(c)*"d"~e:f/g\\h')).toBe('a\\+b\\-\\(c\\)\\*\\"d\\"\\~e\\:f\\/g\\\\h');
    expect(queryOf('GMP-2026-00001')).toBe('"GMP-2026-00001"');
    expect(queryOf('say"hi\\')).toBe('"say\\"hi\\\\"');
    expect(queryOf('*:* OR x')).toBe('"*:*" AND (or OR or*) AND (x)');
  });

  it('folds accents and case', () => {
    expect(fold('ŞTEFĂNESCU')).toBe('stefanescu');
  });
});
