import { describe, expect, it } from 'vitest';
import { errorCatalog } from './catalog.js';
import { CrosslinkError, isCrosslinkError, validationError } from './crosslink-error.js';

describe('CrosslinkError', () => {
  it('takes the catalog message when none is given', () => {
    const error = new CrosslinkError('CASE_NOT_FOUND');
    expect(error.message).toBe(errorCatalog.CASE_NOT_FOUND.message);
    expect(error.details).toEqual({});
    expect(error.name).toBe('CrosslinkError');
    expect(error).toBeInstanceOf(Error);
  });

  it('keeps its own message, details and cause', () => {
    const cause = new Error('driver said no');
    const error = new CrosslinkError('CONFLICT', 'Reference taken', { field: 'input.reference' }, { cause });
    expect(error.message).toBe('Reference taken');
    expect(error.details).toEqual({ field: 'input.reference' });
    expect(error.cause).toBe(cause);
  });

  it('reports the category of its code', () => {
    expect(new CrosslinkError('FORBIDDEN').category).toBe('client');
    expect(new CrosslinkError('DATABASE_UNAVAILABLE').category).toBe('server');
    expect(new CrosslinkError('INTERNAL').category).toBe('server');
  });
});

describe('validationError', () => {
  it('is VALIDATION_FAILED naming the field', () => {
    const error = validationError('input.title', 'A case needs a title');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('A case needs a title');
    expect(error.details).toEqual({ field: 'input.title' });
  });
});

describe('isCrosslinkError', () => {
  it('tells Crosslink errors from anything else', () => {
    expect(isCrosslinkError(new CrosslinkError('INTERNAL'))).toBe(true);
    expect(isCrosslinkError(new Error('boom'))).toBe(false);
    expect(isCrosslinkError({ code: 'FORBIDDEN', message: 'looks alike' })).toBe(false);
    expect(isCrosslinkError(undefined)).toBe(false);
  });
});
