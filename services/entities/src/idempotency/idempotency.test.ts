import { CrosslinkError } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { idempotencyRequest, stableJson } from './idempotency.js';

const field = 'input.idempotencyKey';

describe('idempotencyRequest', () => {
  it('is null without a key', () => {
    const input: { caseId: string; idempotencyKey?: string | null } = { caseId: 'c' };
    expect(idempotencyRequest(input, 'recordItem', 'u1', field)).toBeNull();
    expect(idempotencyRequest({ caseId: 'c', idempotencyKey: null }, 'recordItem', 'u1', field)).toBeNull();
  });

  it('gives the same request the same fingerprint, whatever the order of its fields', () => {
    const a = idempotencyRequest({ caseId: 'c', kind: 'CASH', idempotencyKey: 'k' }, 'recordItem', 'u1', field);
    const b = idempotencyRequest({ kind: 'CASH', idempotencyKey: 'k', caseId: 'c' }, 'recordItem', 'u1', field);
    expect(a).toEqual(b);
  });

  it('tells another input, another mutation and another user apart', () => {
    const base = idempotencyRequest({ caseId: 'c', idempotencyKey: 'k' }, 'recordItem', 'u1', field);
    expect(idempotencyRequest({ caseId: 'd', idempotencyKey: 'k' }, 'recordItem', 'u1', field)?.fingerprint).not.toBe(base?.fingerprint);
    expect(idempotencyRequest({ caseId: 'c', idempotencyKey: 'k' }, 'recordPhone', 'u1', field)?.fingerprint).not.toBe(base?.fingerprint);
    const other = idempotencyRequest({ caseId: 'c', idempotencyKey: 'k' }, 'recordItem', 'u2', field);
    expect(other?.id).not.toBe(base?.id);
    expect(other?.fingerprint).toBe(base?.fingerprint);
  });

  it.each(['', 'k'.repeat(201), 'tab\there'])('refuses the key %j, naming the field', (key) => {
    try {
      idempotencyRequest({ idempotencyKey: key }, 'recordItem', 'u1', field);
      expect.fail('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(CrosslinkError);
      expect((error as CrosslinkError).details.field).toBe(field);
    }
  });
});

describe('stableJson', () => {
  it('sorts object keys at every level and leaves lists in order', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
});
