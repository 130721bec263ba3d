import { CrosslinkError } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { formatPartialTime, isFuture, parsePartialTime } from './event.time.js';

describe('parsePartialTime', () => {
  it.each([
    ['2026', '2026-01-01T00:00:00.000Z', 'YEAR'],
    ['2026-03', '2026-03-01T00:00:00.000Z', 'MONTH'],
    ['2026-03-14', '2026-03-14T00:00:00.000Z', 'DAY'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', 'DAY'],
    ['2026-03-14T09:30:00Z', '2026-03-14T09:30:00.000Z', 'EXACT'],
    ['2026-03-14T09:30Z', '2026-03-14T09:30:00.000Z', 'EXACT'],
    ['2026-03-14T10:30:00+01:00', '2026-03-14T09:30:00.000Z', 'EXACT'],
    [' 2026-03 ', '2026-03-01T00:00:00.000Z', 'MONTH'],
  ])('reads %j as the period starting %s, known to the %s', (text, start, precision) => {
    expect(parsePartialTime(text, 'input.occurredAt')).toEqual({ start, precision });
  });

  it.each([
    '',
    'March 2026',
    '2026-13',
    '2026-00',
    '2026-02-30',
    '2025-02-29',
    '2026-3-14',
    '26-03-14',
    '2026-03-14T25:00:00Z',
    '2026-02-30T09:00:00Z',
    '2026-03-14T09:30:00',
    '1850-01',
  ])('refuses %j on the field given', (text) => {
    let error: unknown;
    try {
      parsePartialTime(text, 'input.occurredAt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CrosslinkError);
    expect((error as CrosslinkError).code).toBe('VALIDATION_FAILED');
    expect((error as CrosslinkError).details.field).toBe('input.occurredAt');
  });

  it('sorts periods of different precision by their start', () => {
    const starts = ['2026-03-14T09:30:00Z', '2026-03', '2026-03-14', '2026'].map((t) => parsePartialTime(t, 'f').start).sort();
    expect(starts).toEqual(['2026-01-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', '2026-03-14T00:00:00.000Z', '2026-03-14T09:30:00.000Z']);
  });
});

describe('formatPartialTime', () => {
  it.each(['2026', '2026-03', '2026-03-14', '2026-03-14T09:30:00Z'])('gives back %j as it was written', (text) => {
    const time = parsePartialTime(text, 'f');
    expect(formatPartialTime(time.start, time.precision)).toBe(text);
  });

  it('formats a Neo4j datetime string too', () => {
    expect(formatPartialTime('2026-03-14T09:30:00Z', 'DAY')).toBe('2026-03-14');
  });
});

describe('isFuture', () => {
  const now = new Date('2026-03-14T12:00:00Z');
  it('knows a later instant is in the future and this month is not', () => {
    expect(isFuture(parsePartialTime('2026-03-14T12:00:01Z', 'f'), now)).toBe(true);
    expect(isFuture(parsePartialTime('2026-03', 'f'), now)).toBe(false);
    expect(isFuture(parsePartialTime('2026-04', 'f'), now)).toBe(true);
  });
});
