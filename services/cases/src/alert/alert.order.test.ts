import { describe, expect, it } from 'vitest';
import type { Alert } from './alert.model.js';
import { mergeNewestFirst, sortableInstant } from './alert.order.js';

const alert = (alertId: string, at: string) => ({ alertId, at }) as Alert;

describe('inbox order', () => {
  it('compares instants whatever number of fraction digits Neo4j wrote', () => {
    expect(sortableInstant('2026-11-30T04:41:46.12Z')).toBe('2026-11-30T04:41:46.120000000Z');
    expect(sortableInstant('2026-11-30T04:41:46Z')).toBe('2026-11-30T04:41:46.000000000Z');
    expect(sortableInstant('2026-11-30T04:41:46.12Z') > sortableInstant('2026-11-30T04:41:46.1199999Z')).toBe(true);
  });

  it('merges the sources newest first, ties by id descending, and keeps the first `limit`', () => {
    const merged = mergeNewestFirst(
      [
        [alert('b', '2026-11-30T10:00:00.5Z'), alert('a', '2026-11-30T09:00:00Z')],
        [alert('c', '2026-11-30T10:00:00.5Z'), alert('d', '2026-11-30T10:00:00.49999Z')],
        [],
      ],
      3,
    );
    expect(merged.map((a) => a.alertId)).toEqual(['c', 'b', 'd']);
  });
});
