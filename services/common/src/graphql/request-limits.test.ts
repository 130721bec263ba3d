import { describe, expect, it } from 'vitest';
import { capErrors } from './request-limits.js';

describe('capErrors', () => {
  const errors = Array.from({ length: 5 }, (_, i) => ({ message: `bad value ${i}`, extensions: { code: 'VALIDATION_FAILED' } }));

  it('leaves an answer within the cap alone', () => {
    expect(capErrors(errors, 5)).toBe(errors);
  });

  it('keeps the first errors and says how many more were left out', () => {
    const capped = capErrors(errors, 2);
    expect(capped).toHaveLength(3);
    expect(capped.slice(0, 2)).toEqual(errors.slice(0, 2));
    expect(capped[2]?.extensions).toEqual({ code: 'TOO_MANY_ERRORS', omitted: 3 });
  });
});
