import { describe, expect, it } from 'vitest';
import { checkDecision, pairKey, REASON_MAX } from './matching.validation.js';

const input = { personId: ' p2 ', otherId: 'p1', outcome: 'SAME', reason: '  Same PNC photo  ' };

describe('pairKey', () => {
  it('is the two ids in order, whichever is asked first', () => {
    expect(pairKey('b', 'a')).toBe('a:b');
    expect(pairKey('a', 'b')).toBe('a:b');
  });
});

describe('checkDecision', () => {
  it('orders the pair and trims the reason', () => {
    expect(checkDecision(input)).toEqual({ pair: 'p1:p2', personIds: ['p1', 'p2'], outcome: 'SAME', reason: 'Same PNC photo' });
  });

  it.each([
    [{ personId: '  ' }, 'input.personId'],
    [{ otherId: '' }, 'input.otherId'],
    [{ otherId: 'p2' }, 'input.otherId'],
    [{ outcome: 'MAYBE' }, 'input.outcome'],
    [{ reason: '   ' }, 'input.reason'],
    [{ reason: 'x'.repeat(REASON_MAX + 1) }, 'input.reason'],
  ])('refuses %j naming %s', (change, field) => {
    expect(() => checkDecision({ ...input, ...change })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field } }));
  });
});
