import { describe, expect, it } from 'vitest';
import { purposeReason, withheldOf } from './errors.js';

describe('purposeReason', () => {
  it('names the kind of record reached, in words', () => {
    expect(purposeReason('Case:7f31')).toBe('This view reaches a case of another force.');
    expect(purposeReason('EmailAddress:e1')).toBe('This view reaches an email address of another force.');
    expect(purposeReason(undefined)).toBe('This view reaches records of another force.');
  });
});

describe('withheldOf', () => {
  it('reads the count and message a list leaves out, and nothing when none was', () => {
    expect(withheldOf({ withheld: { count: 3, code: 'PURPOSE_REQUIRED', message: '3 records of other forces left out' } })).toEqual({
      count: 3,
      message: '3 records of other forces left out',
    });
    expect(withheldOf({ withheld: { count: 0 } })).toBeNull();
    expect(withheldOf(undefined)).toBeNull();
  });
});
