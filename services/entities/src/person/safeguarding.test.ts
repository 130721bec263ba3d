import { describe, expect, it } from 'vitest';
import { safeguardingOf } from './safeguarding.js';

const today = new Date('2026-03-15T12:00:00Z');
const adult = { dateOfBirth: '1980-01-01', vulnerabilities: [], nrmReferred: false } as const;

describe('safeguardingOf', () => {
  it('does not flag an adult with nothing recorded', () => {
    expect(safeguardingOf(adult, today)).toEqual({ flagged: false, reasons: [] });
  });

  it('does not flag someone whose date of birth is unknown', () => {
    expect(safeguardingOf({ ...adult, dateOfBirth: null }, today).flagged).toBe(false);
  });

  it('flags a child', () => {
    expect(safeguardingOf({ ...adult, dateOfBirth: '2010-05-01' }, today)).toEqual({ flagged: true, reasons: ['CHILD'] });
  });

  it('flags a possible child when a partial date allows both', () => {
    expect(safeguardingOf({ ...adult, dateOfBirth: '2008' }, today)).toEqual({ flagged: true, reasons: ['POSSIBLE_CHILD'] });
  });

  it('flags vulnerability and an NRM referral, with every reason', () => {
    expect(safeguardingOf({ dateOfBirth: '2012', vulnerabilities: ['HOMELESS'], nrmReferred: true }, today)).toEqual({
      flagged: true,
      reasons: ['CHILD', 'VULNERABLE', 'NRM_VICTIM'],
    });
  });
});
