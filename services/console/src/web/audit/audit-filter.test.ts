import { describe, expect, it } from 'vitest';
import { auditFilterOf, emptyAuditFilter, isEmptyFilter, localToIso, recordIdOf } from './audit-filter.js';

describe('localToIso', () => {
  it('reads a datetime-local value in the browser’s zone as a UTC instant', () => {
    expect(localToIso('2026-03-14T09:30')).toBe(new Date(2026, 2, 14, 9, 30).toISOString());
    expect(localToIso('2026-03-14T09:30:15')).toBe(new Date(2026, 2, 14, 9, 30, 15).toISOString());
    expect(localToIso('2026-03-14T09:30:15.5')).toBe(new Date(2026, 2, 14, 9, 30, 15, 500).toISOString());
  });
  it('refuses what names no time', () => {
    expect(localToIso('')).toBeNull();
    expect(localToIso('2026-03-14')).toBeNull();
    expect(localToIso('2026-02-30T10:00')).toBeNull();
    expect(localToIso('2026-03-14T24:00')).toBeNull();
    expect(localToIso('yesterday')).toBeNull();
  });
});

describe('recordIdOf', () => {
  it('takes a bare id or the Label:id the trail shows', () => {
    expect(recordIdOf(' 1f0c-22 ')).toBe('1f0c-22');
    expect(recordIdOf('Case:1f0c-22')).toBe('1f0c-22');
    expect(recordIdOf('Team:GMP/Serious crime')).toBe('GMP/Serious crime');
    expect(recordIdOf('Officer:dc.jones')).toBe('dc.jones');
  });
});

describe('auditFilterOf', () => {
  it('leaves out every empty field', () => {
    const result = auditFilterOf({ ...emptyAuditFilter, username: '  ' });
    expect(result).toEqual({ input: {}, problems: null });
    expect(isEmptyFilter(result.input ?? { username: 'x' })).toBe(true);
  });
  it('sends every field given, trimmed, with the force in capitals and instants in UTC', () => {
    const values = {
      username: ' dc.jones ',
      record: 'Person:p-1',
      force: 'gmp',
      operation: 'DISCLOSURE',
      from: '2026-03-01T00:00',
      to: '2026-03-14T18:00',
      purpose: ' Op Larkspur ',
    };
    expect(auditFilterOf(values)).toEqual({
      input: {
        username: 'dc.jones',
        record: 'p-1',
        force: 'GMP',
        operation: 'DISCLOSURE',
        from: new Date(2026, 2, 1, 0, 0).toISOString(),
        to: new Date(2026, 2, 14, 18, 0).toISOString(),
        purpose: 'Op Larkspur',
      },
      problems: null,
    });
  });
  it('names the fields to fix', () => {
    expect(auditFilterOf({ ...emptyAuditFilter, operation: 'READ', from: '2026-02-30T10:00' }).problems).toEqual({
      operation: expect.any(String) as unknown as string,
      from: expect.any(String) as unknown as string,
    });
  });
  it('wants “to” after “from”', () => {
    const result = auditFilterOf({ ...emptyAuditFilter, from: '2026-03-14T10:00', to: '2026-03-14T10:00' });
    expect(result.input).toBeNull();
    expect(Object.keys(result.problems ?? {})).toEqual(['to']);
  });
});
