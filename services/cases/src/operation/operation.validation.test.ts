import { describe, expect, it } from 'vitest';
import { MAX_CASES_AT_CREATION, validateNewOperation } from './operation.validation.js';

const field = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { details?: { field?: string } }).details?.field;
  }
  return undefined;
};

describe('validateNewOperation', () => {
  const base = { name: ' Op Ember ', caseIds: ['a', ' a ', 'b'], reason: ' Same deal line ' };

  it('trims, removes repeated cases and defaults the lead to the creator’s force', () => {
    expect(validateNewOperation(base, 'NCA')).toEqual({ name: 'Op Ember', caseIds: ['a', 'b'], leadForce: 'NCA', reason: 'Same deal line' });
  });

  it('takes the lead force given, upper-cased', () => {
    expect(validateNewOperation({ ...base, leadForce: ' wmp' }, 'NCA').leadForce).toBe('WMP');
  });

  it.each([
    [{ name: ' ' }, 'input.name'],
    [{ caseIds: [] }, 'input.caseIds'],
    [{ caseIds: Array.from({ length: MAX_CASES_AT_CREATION + 1 }, (_, i) => `c${i}`) }, 'input.caseIds'],
    [{ leadForce: 'not a force' }, 'input.leadForce'],
    [{ reason: '' }, 'input.reason'],
  ])('refuses %j on %s', (change, expected) => {
    expect(field(() => validateNewOperation({ ...base, ...change }, 'NCA'))).toBe(expected);
  });
});
