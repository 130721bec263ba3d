import { CrosslinkError } from '../errors/crosslink-error.js';
import { describe, expect, it } from 'vitest';
import { parsePostcode } from './postcode.js';

describe('parsePostcode', () => {
  it.each([
    ['b129qa', { unit: 'B12 9QA', area: 'B', district: 'B12', sector: 'B12 9' }],
    ['SW1A 1AA', { unit: 'SW1A 1AA', area: 'SW', district: 'SW1A', sector: 'SW1A 1' }],
    ['M1 1AE', { unit: 'M1 1AE', area: 'M', district: 'M1', sector: 'M1 1' }],
    ['EC1A 1BB', { unit: 'EC1A 1BB', area: 'EC', district: 'EC1A', sector: 'EC1A 1' }],
    ['W1A 0AX', { unit: 'W1A 0AX', area: 'W', district: 'W1A', sector: 'W1A 0' }],
    ['DN55 1PT', { unit: 'DN55 1PT', area: 'DN', district: 'DN55', sector: 'DN55 1' }],
    ['CR2 6XH', { unit: 'CR2 6XH', area: 'CR', district: 'CR2', sector: 'CR2 6' }],
    ['GIR 0AA', { unit: 'GIR 0AA', area: 'GIR', district: 'GIR', sector: 'GIR 0' }],
  ])('splits %j into its levels', (raw, expected) => {
    expect(parsePostcode(raw, 'input.postcode')).toEqual(expected);
  });

  it.each([' sw1a  1aa ', 'Sw1A1aA', 'SW1A\t1AA'])('normalises case and spacing of %j', (raw) => {
    expect(parsePostcode(raw, 'input.postcode').unit).toBe('SW1A 1AA');
  });

  it('recognises GIR 0AA in any case and spacing', () => {
    expect(parsePostcode('gir0aa', 'f').unit).toBe('GIR 0AA');
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['letters only', 'ABC'],
    ['digits only', '12345'],
    ['C and I in the inward code', 'B12 9CI'],
    ['K in the inward code', 'B12 9KA'],
    ['Q as the first letter', 'QA1 1AA'],
    ['V as the first letter', 'V1 1AA'],
    ['X as the first letter', 'X1 1AA'],
    ['J as the second letter', 'BJ1 1AA'],
    ['an outward code only', 'B12'],
    ['a letter for the sector', 'B12 AQA'],
    ['three unit letters', 'B12 9QAA'],
    ['three area letters', 'ABC1 1AA'],
    ['punctuation', 'B12-9QA'],
  ])('refuses %s (%j) naming the field', (_name, raw) => {
    let thrown: unknown;
    try {
      parsePostcode(raw, 'input.address.postcode');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CrosslinkError);
    expect((thrown as CrosslinkError).code).toBe('VALIDATION_FAILED');
    expect((thrown as CrosslinkError).details).toEqual({ field: 'input.address.postcode' });
  });

  it('says which value is not a postcode', () => {
    expect(() => parsePostcode(' ZZ9 ', 'f')).toThrow('ZZ9 is not a UK postcode');
    expect(() => parsePostcode('', 'f')).toThrow('(empty) is not a UK postcode');
  });
});
