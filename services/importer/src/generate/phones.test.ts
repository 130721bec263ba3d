import { describe, expect, it } from 'vitest';
import { foreignCountries, phoneDigits, type UkStyle, writeForeignMobile, writeUkMobile } from './phones.js';

const styles: readonly UkStyle[] = [
  'spaced',
  'compact',
  'international',
  'internationalCompact',
  'grouped',
  'dashed',
  'bracketed',
  'doubleZero',
  'dotted',
  'pole',
];

describe('UK mobiles', () => {
  it('are written in many ways, all with the same digits', () => {
    const written = styles.map((style) => writeUkMobile('07700900123', style));
    expect(written).toEqual([
      '07700 900123',
      '07700900123',
      '+44 7700 900123',
      '+447700900123',
      '0770 090 0123',
      '07700-900123',
      '(07700) 900 123',
      '0044 7700 900123',
      '07700.900.123',
      '0-(770)090-0123',
    ]);
    for (const text of written) expect(phoneDigits(text)).toBe('07700900123');
  });
});

describe('foreign mobiles', () => {
  it('keep their country code and are not taken for UK numbers', () => {
    expect(writeForeignMobile('FR', '12345678')).toBe('+33 6 12 34 56 78');
    expect(writeForeignMobile('XX', '08933322')).toBe('0-(070)893-3322');
    for (const country of foreignCountries) expect(phoneDigits(writeForeignMobile(country, '12345678'))).not.toMatch(/^07/);
  });
});
