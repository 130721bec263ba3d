import { CrosslinkError } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { caseStatuses, type CaseStatus } from './case.model.js';
import { canMove, checkStatusChange, isSupervisorDecision, withArticle } from './case.status.js';

const allowed: [CaseStatus, CaseStatus][] = [
  ['REFERRED', 'OPEN'],
  ['OPEN', 'ACTIVE'],
  ['ACTIVE', 'SUSPENDED'],
  ['ACTIVE', 'CLOSED'],
  ['SUSPENDED', 'ACTIVE'],
  ['CLOSED', 'OPEN'],
  ['CLOSED', 'ACTIVE'],
];
const isAllowed = (from: CaseStatus, to: CaseStatus) => allowed.some(([f, t]) => f === from && t === to);
const everyPair = caseStatuses.flatMap((from) => caseStatuses.map((to) => [from, to] as [CaseStatus, CaseStatus]));

function refusal(run: () => unknown): CrosslinkError {
  try {
    run();
  } catch (error) {
    if (error instanceof CrosslinkError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('case status transitions', () => {
  it.each(everyPair)('%s → %s is allowed exactly when the lifecycle lists it', (from, to) => {
    expect(canMove(from, to)).toBe(isAllowed(from, to));
  });

  it.each(everyPair.filter(([f, t]) => !isAllowed(f, t)))('refuses %s → %s with INVALID_TRANSITION on input.status', (from, to) => {
    const error = refusal(() => checkStatusChange(from, to, 'a reason'));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toMatchObject({ field: 'input.status', from, to });
  });

  it.each([null, undefined, '', '   '])('refuses to reopen a closed case with reason %j', (reason) => {
    const error = refusal(() => checkStatusChange('CLOSED', 'ACTIVE', reason));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.field).toBe('input.reason');
  });

  it('reopens a closed case with a trimmed reason', () => {
    expect(checkStatusChange('CLOSED', 'OPEN', '  New evidence from WMP  ')).toBe('New evidence from WMP');
  });

  it('needs no reason for the forward steps', () => {
    expect(checkStatusChange('REFERRED', 'OPEN', undefined)).toBeNull();
    expect(checkStatusChange('ACTIVE', 'CLOSED', ' ')).toBeNull();
  });

  it('leaves closing and reopening to supervisors', () => {
    expect(isSupervisorDecision('ACTIVE', 'CLOSED')).toBe(true);
    expect(isSupervisorDecision('CLOSED', 'ACTIVE')).toBe(true);
    expect(isSupervisorDecision('OPEN', 'ACTIVE')).toBe(false);
    expect(isSupervisorDecision('ACTIVE', 'SUSPENDED')).toBe(false);
  });
});

describe('refusal messages', () => {
  it('use the article each status takes', () => {
    expect(refusal(() => checkStatusChange('ACTIVE', 'REFERRED', null)).message).toBe('An ACTIVE case cannot move to REFERRED');
    expect(refusal(() => checkStatusChange('OPEN', 'REFERRED', null)).message).toBe('An OPEN case cannot move to REFERRED');
    expect(refusal(() => checkStatusChange('CLOSED', 'SUSPENDED', null)).message).toBe('A CLOSED case cannot move to SUSPENDED');
    expect(caseStatuses.map(withArticle).every((s) => /^(An [AEIOU]|A [^AEIOU])/.test(s))).toBe(true);
  });
});
