import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeExtensions, errorCatalog, errorCodes, isRetryable } from './catalog.js';

describe('errorCatalog', () => {
  it('lists every code once, in UPPER_SNAKE_CASE', () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
    for (const code of errorCodes) expect(code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('holds the codes clients already branch on', () => {
    expect(errorCodes).toEqual(expect.arrayContaining(['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED', 'CASE_NOT_FOUND', 'BAD_CURSOR', 'INTERNAL']));
  });

  it.each(errorCodes)('%s has an HTTP status that matches its category and a message', (code) => {
    const { category, httpStatus, message } = errorCatalog[code];
    if (category === 'client') {
      expect(httpStatus).toBeGreaterThanOrEqual(400);
      expect(httpStatus).toBeLessThan(500);
    } else {
      expect(category).toBe('server');
      expect(httpStatus).toBeGreaterThanOrEqual(500);
      expect(httpStatus).toBeLessThan(600);
    }
    expect(message.trim()).not.toBe('');
  });
});

describe('retryable codes', () => {
  it('are the transient server errors, and docs/errors.md says so of each', () => {
    const retryable = errorCodes.filter(isRetryable);
    expect(retryable).toEqual([
      'DATABASE_UNAVAILABLE',
      'WRITE_OUTCOME_UNKNOWN',
      'DIRECTORY_UNAVAILABLE',
      'AUDIT_UNAVAILABLE',
      'SUBGRAPH_TIMEOUT',
      'SUBGRAPH_UNAVAILABLE',
    ]);
    for (const code of retryable) expect(errorCatalog[code].category).toBe('server');
    const doc = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');
    for (const code of retryable) expect(doc).toMatch(new RegExp(`^\\| \`${code}\`\\s*\\|.*Retryable`, 'm'));
    expect(codeExtensions('DATABASE_UNAVAILABLE')).toEqual({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    expect(codeExtensions('FORBIDDEN')).toEqual({ code: 'FORBIDDEN' });
  });
});

// The table is laid out by Prettier, so its cells may be padded.
describe('docs/errors.md', () => {
  const doc = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');
  const rows = [...doc.matchAll(/^\| `([A-Z_]+)`\s*\| (\w+)\s*\| (\d{3})\s*\|/gm)].map(([, code, category, status]) => ({
    code,
    category,
    httpStatus: Number(status),
  }));

  it('documents exactly the catalogued codes, with their category and status', () => {
    expect(rows).toEqual(Object.entries(errorCatalog).map(([code, { category, httpStatus }]) => ({ code, category, httpStatus })));
  });
});
