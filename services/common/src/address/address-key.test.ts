import { describe, expect, it } from 'vitest';
import { CrosslinkError } from '../errors/crosslink-error.js';
import { addressKey, addressKeyOf, lineKey } from './address-key.js';

describe('address keys', () => {
  it.each([
    ['Flat 2, 14 Lime St', 'FLAT 2 14 LIME ST'],
    ['flat 2 14 lime st', 'FLAT 2 14 LIME ST'],
    ["St Mary's Court", 'ST MARYS COURT'],
    ['Tŷ Gwyn', 'TY GWYN'],
  ])('keys the line %j as %j', (line, key) => {
    expect(lineKey(line)).toBe(key);
  });

  it('tells "Flat 2,14" from "Flat 214"', () => {
    expect(lineKey('Flat 2,14')).not.toBe(lineKey('Flat 214'));
  });

  it('reads "first line, postcode" as the key a recorded address has', () => {
    expect(addressKeyOf('Flat 2, 14 Lime St, m11ae', 'input.value')).toBe(addressKey('flat 2 14 lime st', 'M1 1AE'));
    expect(addressKeyOf('Flat 2, 14 Lime St, m11ae', 'input.value')).toBe('FLAT 2 14 LIME ST|M1 1AE');
  });

  it.each([
    ['no comma', '14 Lime St M1 1AE'],
    ['no first line', ', M1 1AE'],
    ['a foreign postcode', '14 Lime St, 75001'],
  ])('refuses %s, naming the field', (_name, text) => {
    const thrown = (() => {
      try {
        addressKeyOf(text, 'input.value');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(CrosslinkError);
    expect((thrown as CrosslinkError).details.field).toBe('input.value');
  });
});
