import { describe, expect, it } from 'vitest';
import { decodeKeyset, keysetCondition, keysetParams } from './keyset.js';
import { encodeCursor } from './pagination.js';

describe('keyset cursors', () => {
  it('decodes a cursor this list gave out', () => {
    const cursor = encodeCursor(['2026-03-14T09:30:00.000Z', 'a1']);
    expect(decodeKeyset(cursor, 'datetime')).toEqual(['2026-03-14T09:30:00.000Z', 'a1']);
    expect(decodeKeyset(encodeCursor(['GMP-2026-00001', 'a1']), 'string')).toEqual(['GMP-2026-00001', 'a1']);
    expect(decodeKeyset(null, 'datetime')).toBeNull();
    expect(decodeKeyset(undefined, 'string')).toBeNull();
  });

  it.each([
    [encodeCursor([123, 'x']), 'datetime'],
    [encodeCursor(['not a time', 'x']), 'datetime'],
    [encodeCursor(['0', 'x']), 'datetime'],
    [encodeCursor(['2026-02-30T00:00:00Z', 'x']), 'datetime'],
    [Buffer.from('["0","x"]').toString('base64url'), 'datetime'],
    [encodeCursor(['2026-03-14T09:30:00Z', 7]), 'datetime'],
    [encodeCursor(['only one']), 'string'],
    ['%%%', 'string'],
  ] as const)('refuses a forged cursor %s as BAD_CURSOR on `after`', (cursor, kind) => {
    expect(() => decodeKeyset(cursor, kind)).toThrow(expect.objectContaining({ code: 'BAD_CURSOR', details: { field: 'after' } }));
  });

  it('continues strictly after the cursor in the list’s order', () => {
    expect(keysetCondition('c.at', 'c.id', 'DESC', 'datetime')).toBe('(c.at < datetime($afterKey) OR (c.at = datetime($afterKey) AND c.id < $afterId))');
    expect(keysetCondition('c.reference', 'c.id', 'ASC', 'string')).toBe('(c.reference > $afterKey OR (c.reference = $afterKey AND c.id > $afterId))');
    expect(keysetParams(null)).toEqual({ afterKey: null, afterId: null });
    expect(keysetParams(['k', 'i'])).toEqual({ afterKey: 'k', afterId: 'i' });
  });
});
