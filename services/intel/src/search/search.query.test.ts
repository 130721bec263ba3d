import { describe, expect, it } from 'vitest';
import { escapeTerm, exactValues, fold, fullTextQuery, phoneNumberOf, vrmOf } from './search.query.js';
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

describe('exact values', () => {
  it('reads a phone number however it is written, as the recording side stores it', () => {
    for (const text of ['07700 900461', '+447700900461', '7700900461', '+44 (0)7700 900461', '0044 7700 900461', '447700900461', ' 077009-00461 ']) {
      expect(phoneNumberOf(text), text).toBe('+447700900461');
    }
    expect(phoneNumberOf('(0161) 496 0000')).toBe('+441614960000');
    expect(phoneNumberOf('12125550100')).toBe('+12125550100');
  });

  it('tries no phone for what is not a valid number', () => {
    for (const text of ['Smith', 'GMP-2026-00001', '2026', '12/05/1990', '0770090046', '+44 7700', 'M14 4RS', '07700 900461 x2']) {
      expect(phoneNumberOf(text), text).toBeNull();
    }
  });

  it('reads a registration mark upper case without spaces, in any of a plate’s shapes', () => {
    expect(vrmOf('ab12 cde')).toBe('AB12CDE');
    expect(vrmOf(' AB12CDE ')).toBe('AB12CDE');
    expect(vrmOf('a123 bcd')).toBe('A123BCD');
    expect(vrmOf('abc-123d')).toBe('ABC123D');
  });

  it('tries no vehicle for a name, an address or a number', () => {
    for (const text of ['Smith', 'Kai Brennan', '14 Moss Lane', 'M14 4RS', '07700 900461', 'O0O0O0O', 'ßs12 abc', 'AB12 CDEF']) {
      expect(vrmOf(text), text).toBeNull();
    }
  });

  it('names at most one of each, and neither for an ordinary search', () => {
    expect(exactValues('07700 900461')).toEqual({ number: '+447700900461', vrm: null });
    expect(exactValues('ab12 cde')).toEqual({ number: null, vrm: 'AB12CDE' });
    expect(exactValues('Dwayne Mercer')).toEqual({ number: null, vrm: null });
  });
});
