import { describe, expect, it } from 'vitest';
import { compareStoredInstants, isIsoInstant, isStoredInstant } from './instant.js';

describe('isIsoInstant', () => {
  it.each(['2026-03-14T09:30:00Z', '2026-03-14T09:30:00.123456789Z', '2024-02-29T23:59:59+01:00', '2026-12-31T00:00:00-05:30'])('accepts %s', (value) => {
    expect(isIsoInstant(value)).toBe(true);
  });

  it.each([
    ['a day February does not have', '2026-02-30T00:00:00Z'],
    ['29 February outside a leap year', '2026-02-29T00:00:00Z'],
    ['hour 24', '2026-03-14T24:00:00Z'],
    ['minute 60', '2026-03-14T09:60:00Z'],
    ['a leap second', '2026-03-14T09:30:60Z'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['day 0', '2026-03-00T00:00:00Z'],
    ['an offset past ±18:00', '2026-03-14T09:30:00+25:00'],
    ['text Date.parse reads as a year', '0'],
    ['no offset', '2026-03-14T09:30:00'],
    ['a date alone', '2026-03-14'],
    ['a number', 1773480600000],
  ])('refuses %s', (_name, value) => {
    expect(isIsoInstant(value)).toBe(false);
  });
});

describe('isStoredInstant', () => {
  it('accepts what Neo4j writes back, which the strict form does not', () => {
    for (const value of ['2026-03-14T09:30Z', '2026-03-14T09:30:00.5+01:00[Europe/London]', '2026-03-14T09:30:00Z']) {
      expect(isStoredInstant(value)).toBe(true);
    }
    expect(isIsoInstant('2026-03-14T09:30Z')).toBe(false);
  });

  it('still refuses what does not exist', () => {
    expect(isStoredInstant('2026-02-30T00:00Z')).toBe(false);
    expect(isStoredInstant('0')).toBe(false);
  });
});

describe('compareStoredInstants', () => {
  const sorted = (values: string[]) => [...values].sort(compareStoredInstants);

  it('orders fractions of different lengths by time, not as text', () => {
    expect(sorted(['2026-12-01T06:31:02.51Z', '2026-12-01T06:31:02.5Z', '2026-12-01T06:31:02.123456789Z'])).toEqual([
      '2026-12-01T06:31:02.123456789Z',
      '2026-12-01T06:31:02.5Z',
      '2026-12-01T06:31:02.51Z',
    ]);
  });

  it('reads a whole second, and a minute written without its seconds', () => {
    expect(sorted(['2026-12-01T06:31:00.001Z', '2026-12-01T06:31Z', '2026-12-01T06:30:59.9Z'])).toEqual([
      '2026-12-01T06:30:59.9Z',
      '2026-12-01T06:31Z',
      '2026-12-01T06:31:00.001Z',
    ]);
  });

  it('takes offsets and zone names into account', () => {
    expect(compareStoredInstants('2026-12-01T07:00+01:00[Europe/Paris]', '2026-12-01T06:00:00Z')).toBe(0);
    expect(compareStoredInstants('2026-12-01T06:30:00-01:00', '2026-12-01T07:00:00Z')).toBeGreaterThan(0);
  });
});
