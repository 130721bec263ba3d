import { CrosslinkError } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import {
  actionStatuses,
  actionSteps,
  checkActionStep,
  isOverdue,
  mayTakeStep,
  nextActionStatus,
  raisingWarnings,
  type ActionStatus,
  type ActionStep,
} from './action.lifecycle.js';

const allowed: [ActionStatus, ActionStep, ActionStatus][] = [
  ['FOR_ALLOCATION', 'ALLOCATE', 'ALLOCATED'],
  ['ALLOCATED', 'ALLOCATE', 'ALLOCATED'],
  ['ALLOCATED', 'COMPLETE', 'COMPLETED'],
  ['COMPLETED', 'RESULT', 'RESULTED'],
  ['RESULTED', 'FILE', 'FILED'],
  ['COMPLETED', 'RETURN', 'ALLOCATED'],
  ['RESULTED', 'RETURN', 'ALLOCATED'],
];
const everyPair = actionStatuses.flatMap((from) => actionSteps.map((step) => [from, step] as [ActionStatus, ActionStep]));
const refused = everyPair.filter(([from, step]) => !allowed.some(([f, s]) => f === from && s === step));

const supervisor = { supervisesOwner: true, isAllocatedOfficer: false };
const officer = { supervisesOwner: false, isAllocatedOfficer: true };
const bystander = { supervisesOwner: false, isAllocatedOfficer: false };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CrosslinkError) return error.code;
    throw error;
  }
  return undefined;
}

describe('nextActionStatus', () => {
  it.each(allowed)('%s --%s--> %s', (from, step, to) => {
    expect(nextActionStatus(from, step)).toBe(to);
  });

  it.each(refused)('refuses %s by %s with INVALID_TRANSITION', (from, step) => {
    expect(codeOf(() => nextActionStatus(from, step))).toBe('INVALID_TRANSITION');
  });

  it('never moves a filed action', () => {
    for (const step of actionSteps) expect(codeOf(() => nextActionStatus('FILED', step))).toBe('INVALID_TRANSITION');
  });
});

describe('who may take each step', () => {
  it.each(['ALLOCATE', 'RESULT', 'RETURN', 'FILE'] as const)('%s is for supervisors, not the allocated officer', (step) => {
    expect(mayTakeStep(step, supervisor)).toBe(true);
    expect(mayTakeStep(step, officer)).toBe(false);
  });

  it('COMPLETE is for the allocated officer only, even over a supervisor', () => {
    expect(mayTakeStep('COMPLETE', officer)).toBe(true);
    expect(mayTakeStep('COMPLETE', supervisor)).toBe(false);
  });

  it('refuses a bystander FORBIDDEN before looking at the state', () => {
    expect(codeOf(() => checkActionStep('FILED', 'ALLOCATE', bystander))).toBe('FORBIDDEN');
    expect(codeOf(() => checkActionStep('ALLOCATED', 'COMPLETE', bystander))).toBe('FORBIDDEN');
  });

  it('refuses the right person at the wrong time with INVALID_TRANSITION', () => {
    expect(codeOf(() => checkActionStep('ALLOCATED', 'FILE', supervisor))).toBe('INVALID_TRANSITION');
    expect(checkActionStep('COMPLETED', 'RESULT', supervisor)).toBe('RESULTED');
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-03-14T23:30:00Z');
  it.each([
    ['ALLOCATED', '2026-03-13', true],
    ['FOR_ALLOCATION', '2026-03-13', true],
    ['ALLOCATED', '2026-03-14', false],
    ['ALLOCATED', null, false],
    ['COMPLETED', '2020-01-01', false],
    ['FILED', '2020-01-01', false],
  ] as const)('a %s action due %s is overdue: %s', (status, dueDate, expected) => {
    expect(isOverdue({ status, dueDate }, now)).toBe(expected);
  });
});

describe('raisingWarnings', () => {
  it('warns of a due date already past on the day the action was raised, and of nothing else', () => {
    expect(raisingWarnings({ dueDate: '2026-03-01', raisedAt: '2026-03-02T00:10:00Z' })).toEqual([
      { code: 'DUE_DATE_PASSED', field: 'input.dueDate', message: 'The due date 2026-03-01 had already passed when the action was raised' },
    ]);
    expect(raisingWarnings({ dueDate: '2026-03-02', raisedAt: '2026-03-02T23:59:00Z' })).toEqual([]);
    expect(raisingWarnings({ dueDate: null, raisedAt: '2026-03-02T23:59:00Z' })).toEqual([]);
  });
});
