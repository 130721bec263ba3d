import { describe, expect, it } from 'vitest';
import { validateOfficer, validateRaise, validateResult } from './action.validation.js';

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { details?: { field?: string } }).details?.field;
  }
  return 'accepted';
};

describe('validateRaise', () => {
  it('raises on a case with defaults', () => {
    expect(validateRaise({ caseId: ' c1 ', description: ' Trace the deal line ' })).toEqual({
      target: { kind: 'Case', id: 'c1' },
      description: 'Trace the deal line',
      priority: 'MEDIUM',
      dueDate: null,
    });
  });

  it('raises on an operation with a due date', () => {
    expect(validateRaise({ operationId: 'o1', description: 'd', priority: 'HIGH', dueDate: '2026-04-30' })).toMatchObject({
      target: { kind: 'Operation', id: 'o1' },
      dueDate: '2026-04-30',
    });
  });

  it.each([
    [{ description: 'd' }, 'input.caseId'],
    [{ caseId: 'c', operationId: 'o', description: 'd' }, 'input.operationId'],
    [{ caseId: 'c', description: '  ' }, 'input.description'],
    [{ caseId: 'c', description: 'd', dueDate: '2026-02-30' }, 'input.dueDate'],
    [{ caseId: 'c', description: 'd', dueDate: '30/04/2026' }, 'input.dueDate'],
  ])('refuses %j on %s', (input, field) => {
    expect(fieldOf(() => validateRaise(input))).toBe(field);
  });
});

describe('validateOfficer and validateResult', () => {
  it('normalises the officer', () => {
    expect(validateOfficer({ username: ' Detective.GMP ', force: 'gmp' })).toEqual({ username: 'detective.gmp', force: 'GMP' });
  });

  it('names the officer field at fault', () => {
    expect(fieldOf(() => validateOfficer({ username: 'no spaces allowed', force: 'GMP' }))).toBe('input.officer.username');
    expect(fieldOf(() => validateOfficer({ username: 'a.b', force: '!!' }))).toBe('input.officer.force');
  });

  it('needs a result', () => {
    expect(fieldOf(() => validateResult(' '))).toBe('input.result');
  });
});
