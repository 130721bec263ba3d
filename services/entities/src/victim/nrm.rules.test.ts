import { describe, expect, it } from 'vitest';
import { refusedField } from '@crosslink/common/testing';
import { checkDay, checkDecisions, nrmRoute } from './nrm.rules.js';

const today = new Date('2026-03-15T12:00:00Z');
const fields = { reasonable: 'input.reasonableGrounds', conclusive: 'input.conclusiveGrounds' };

describe('nrmRoute', () => {
  it('refers a child without consent, whatever was said', () => {
    expect(nrmRoute('CHILD', true, null, 'input.consent')).toEqual({ route: 'NRM', consent: 'NOT_REQUIRED' });
    expect(nrmRoute('CHILD', true, 'DECLINED', 'input.consent')).toEqual({ route: 'NRM', consent: 'NOT_REQUIRED' });
  });

  it('presumes a possible child (partial date of birth) is a child', () => {
    expect(nrmRoute('UNKNOWN', true, null, 'input.consent')).toEqual({ route: 'NRM', consent: 'NOT_REQUIRED' });
  });

  it('refers a consenting adult', () => {
    expect(nrmRoute('ADULT', true, 'CONSENTED', 'input.consent')).toEqual({ route: 'NRM', consent: 'CONSENTED' });
  });

  it('reports an adult who declines anonymously on the MS1', () => {
    expect(nrmRoute('ADULT', true, 'DECLINED', 'input.consent')).toEqual({ route: 'MS1', consent: 'DECLINED' });
  });

  it.each([
    ['ADULT', true],
    ['UNKNOWN', false],
  ] as const)('requires consent from %s (date of birth known: %s)', (child, known) => {
    expect(refusedField(() => nrmRoute(child, known, null, 'input.consent'))).toBe('input.consent');
  });
});

describe('checkDecisions', () => {
  const positive = { decision: 'POSITIVE', date: '2026-01-10' };

  it('accepts a referral with no decisions yet', () => {
    expect(checkDecisions('NRM', '2026-01-05', null, null, fields, today)).toEqual({ reasonableGrounds: null, conclusiveGrounds: null });
  });

  it('accepts Reasonable then Conclusive Grounds in order', () => {
    expect(checkDecisions('NRM', '2026-01-05', positive, { decision: 'NEGATIVE', date: '2026-03-01' }, fields, today)).toEqual({
      reasonableGrounds: { decision: 'POSITIVE', date: '2026-01-10' },
      conclusiveGrounds: { decision: 'NEGATIVE', date: '2026-03-01' },
    });
  });

  it.each([
    ['a decision on an MS1', 'MS1', positive, null, 'input.reasonableGrounds'],
    ['Reasonable Grounds before the referral', 'NRM', { decision: 'POSITIVE', date: '2026-01-01' }, null, 'input.reasonableGrounds.date'],
    ['Conclusive Grounds without Reasonable Grounds', 'NRM', null, positive, 'input.conclusiveGrounds'],
    [
      'Conclusive Grounds after a negative RG',
      'NRM',
      { decision: 'NEGATIVE', date: '2026-01-10' },
      { decision: 'POSITIVE', date: '2026-02-01' },
      'input.conclusiveGrounds',
    ],
    ['Conclusive before Reasonable Grounds', 'NRM', positive, { decision: 'POSITIVE', date: '2026-01-09' }, 'input.conclusiveGrounds.date'],
    ['a future decision', 'NRM', { decision: 'POSITIVE', date: '2026-04-01' }, null, 'input.reasonableGrounds.date'],
    ['an unknown decision', 'NRM', { decision: 'MAYBE', date: '2026-01-10' }, null, 'input.reasonableGrounds.decision'],
  ] as const)('refuses %s', (_name, route, reasonable, conclusive, field) => {
    expect(refusedField(() => checkDecisions(route, '2026-01-05', reasonable, conclusive, fields, today))).toBe(field);
  });
});

describe('checkDay', () => {
  it('accepts a calendar date and refuses others', () => {
    expect(checkDay('2024-02-29', 'f', today)).toBe('2024-02-29');
    expect(refusedField(() => checkDay('2023-02-29', 'f', today))).toBe('f');
    expect(refusedField(() => checkDay('2026-3-1', 'f', today))).toBe('f');
    expect(refusedField(() => checkDay('2026-03-16', 'f', today))).toBe('f');
  });
});
