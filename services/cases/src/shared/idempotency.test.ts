import { CrosslinkError } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { createOnce, idempotencyOf, stableJson, type KeyedRecord } from './idempotency.js';

describe('idempotency keys', () => {
  it('are scoped to the caller and fingerprint the input whatever its key order', () => {
    const a = idempotencyOf('detective.gmp', 'retry-0001', { title: 'x', force: 'GMP' });
    expect(idempotencyOf('detective.gmp', 'retry-0001', { force: 'GMP', title: 'x' })).toEqual(a);
    expect(idempotencyOf('detective.met', 'retry-0001', { title: 'x', force: 'GMP' })?.key).not.toBe(a?.key);
    expect(idempotencyOf('detective.gmp', 'retry-0001', { title: 'y', force: 'GMP' })?.fingerprint).not.toBe(a?.fingerprint);
    expect(idempotencyOf('detective.gmp', null, {})).toBeNull();
    expect(() => idempotencyOf('detective.gmp', 'short', {})).toThrow(CrosslinkError);
    expect(() => idempotencyOf('detective.gmp', 'has spaces in it', {})).toThrow(CrosslinkError);
    expect(stableJson({ b: [1, { d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });

  it('create once, replay a retry, refuse a different request, and replay the winner of a race', async () => {
    const key = idempotencyOf('u.one', 'key-00001', { n: 1 });
    const stored = new Map<string, KeyedRecord>();
    let created = 0;
    const run = (fingerprintOf = key) =>
      createOnce(
        fingerprintOf,
        async (k) => stored.get(k) ?? null,
        async (id) => ({ id }),
        async () => {
          created += 1;
          stored.set(fingerprintOf!.key, { id: `r${created}`, fingerprint: fingerprintOf!.fingerprint });
          return { id: `r${created}` };
        },
      );
    expect(await run()).toEqual({ value: { id: 'r1' }, replayed: false });
    expect(await run()).toEqual({ value: { id: 'r1' }, replayed: true });
    expect(created).toBe(1);
    await expect(run(idempotencyOf('u.one', 'key-00001', { n: 2 }))).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });

    // A concurrent attempt committed first: this one's create hits the constraint and replays it.
    const raced = await createOnce(
      key,
      (() => {
        let calls = 0;
        return async () => (++calls === 1 ? null : { id: 'winner', fingerprint: key!.fingerprint });
      })(),
      async (id) => ({ id }),
      async () => {
        throw new CrosslinkError('CONFLICT');
      },
    );
    expect(raced).toEqual({ value: { id: 'winner' }, replayed: true });
  });
});
