import { describe, expect, it } from 'vitest';
import { recipientList } from './recipients.js';

describe('recipientList', () => {
  it('trims and drops repeats, keeping the first spelling', () => {
    expect(recipientList(['  CPS North West ', 'cps north west', 'MERPOL'], 'input.recipients')).toEqual(['CPS North West', 'MERPOL']);
  });

  it.each([
    [[], 'input.recipients'],
    [['   '], 'input.recipients.0'],
    [['x'], 'input.recipients.0'],
    [['CPS', 'line\nbreak'], 'input.recipients.1'],
    [Array.from({ length: 11 }, (_, i) => `Agency ${i}`), 'input.recipients'],
  ])('refuses %j naming %s', (values, field) => {
    expect(() => recipientList(values, 'input.recipients')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field } }));
  });
});
