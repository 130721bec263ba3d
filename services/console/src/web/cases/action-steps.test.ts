import { describe, expect, it } from 'vitest';
import type { ActionStatus } from '../api/schema-enums.js';
import { actionStatuses, asActionStatus, stepsFor, type ActionStepButton } from './action-steps.js';

const officer = { allocatedToMe: true, supervisor: false };
const supervisor = { allocatedToMe: false, supervisor: true };
const supervisorOwn = { allocatedToMe: true, supervisor: true };
const bystander = { allocatedToMe: false, supervisor: false };

describe('stepsFor', () => {
  const cases: [ActionStatus, typeof officer, ActionStepButton[]][] = [
    ['FOR_ALLOCATION', officer, ['COMMENT']],
    ['ALLOCATED', officer, ['COMPLETE', 'COMMENT']],
    ['COMPLETED', officer, ['COMMENT']],
    ['RESULTED', officer, ['COMMENT']],
    ['FILED', officer, ['COMMENT']],
    ['FOR_ALLOCATION', supervisor, ['COMMENT']],
    ['ALLOCATED', supervisor, ['COMMENT']],
    ['COMPLETED', supervisor, ['RESULT', 'COMMENT']],
    ['RESULTED', supervisor, ['FILE', 'COMMENT']],
    ['FILED', supervisor, ['COMMENT']],
    ['ALLOCATED', supervisorOwn, ['COMPLETE', 'COMMENT']],
    ['COMPLETED', supervisorOwn, ['RESULT', 'COMMENT']],
  ];
  it.each(cases)('%s for %o offers %o', (status, viewer, steps) => {
    expect(stepsFor(status, viewer)).toEqual(steps);
  });

  it('offers nothing to an officer who is neither allocated nor a supervisor', () => {
    for (const status of actionStatuses) expect(stepsFor(status, bystander)).toEqual([]);
  });

  it('offers each lifecycle step from one status only', () => {
    const everyone = { allocatedToMe: true, supervisor: true };
    const from = (step: ActionStepButton) => actionStatuses.filter((status) => stepsFor(status, everyone).includes(step));
    expect(from('COMPLETE')).toEqual(['ALLOCATED']);
    expect(from('RESULT')).toEqual(['COMPLETED']);
    expect(from('FILE')).toEqual(['RESULTED']);
  });
});

describe('asActionStatus', () => {
  it('knows the five statuses and nothing else', () => {
    expect(asActionStatus('RESULTED')).toBe('RESULTED');
    expect(asActionStatus('resulted')).toBeNull();
    expect(asActionStatus('RETURNED')).toBeNull();
  });
});
