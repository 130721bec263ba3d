import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit-event.js';
import { EMPTY_HEAD, firstBreak, GENESIS_HASH, hashOf, seal } from './hash-chain.js';

const entry = (n: number): AuditEntry => ({
  id: `e${n}`,
  at: `2026-03-14T09:30:0${n}.000Z`,
  userId: 'u1',
  username: 'detective.gmp',
  force: 'GMP',
  operation: 'CONSULTATION',
  action: 'Query.case',
  records: [`Case:c${n}`],
  recipients: [],
  purpose: null,
  requestId: `r${n}`,
  service: 'cases',
});

const genesis = EMPTY_HEAD;

describe('the audit hash chain', () => {
  it('numbers sealed events on from the head and chains each to the one before', () => {
    const events = seal([entry(1), entry(2), entry(3)], 'cases', genesis);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events.every((e) => e.chain === 'cases')).toBe(true);
    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events[2]?.prevHash).toBe(events[1]?.hash);
    expect(new Set(events.map((e) => e.hash)).size).toBe(3);
  });

  it('continues an existing chain', () => {
    const [first] = seal([entry(1)], 'cases', genesis);
    const [second] = seal([entry(2)], 'cases', { seq: 1, hash: first?.hash ?? '' });
    expect(second).toMatchObject({ seq: 2, prevHash: first?.hash });
    expect(firstBreak('cases', [first!, second!], genesis)).toBeNull();
  });

  it('hashes every field: changing any one changes the hash', () => {
    const base = hashOf(entry(1), 1, GENESIS_HASH);
    const changes: Partial<AuditEntry>[] = [
      { id: 'x' }, { at: '2027-01-01T00:00:00.000Z' }, { userId: 'x' }, { username: 'x' }, { force: 'MPS' },
      { operation: 'DISCLOSURE' }, { action: 'Query.cases' }, { records: ['Case:other'] }, { recipients: ['MPS'] },
      { purpose: 'because' }, { requestId: 'x' }, { service: 'entities' },
    ];
    for (const change of changes) expect(hashOf({ ...entry(1), ...change }, 1, GENESIS_HASH), JSON.stringify(change)).not.toBe(base);
    expect(hashOf(entry(1), 2, GENESIS_HASH)).not.toBe(base);
    expect(hashOf(entry(1), 1, 'f'.repeat(64))).not.toBe(base);
  });

  it('finds an edited event', () => {
    const events = seal([entry(1), entry(2), entry(3)], 'cases', genesis);
    const tampered = events.map((e) => (e.seq === 2 ? { ...e, username: 'someone.else' } : e));
    expect(firstBreak('cases', tampered, genesis)).toMatchObject({ chain: 'cases', seq: 2, id: 'e2', reason: expect.stringMatching(/content/) });
  });

  it('finds an event rehashed after editing, at the next link', () => {
    const events = seal([entry(1), entry(2), entry(3)], 'cases', genesis);
    const edited = { ...events[1]!, username: 'someone.else' };
    const rehashed = { ...edited, hash: hashOf(edited, edited.seq, edited.prevHash) };
    expect(firstBreak('cases', [events[0]!, rehashed, events[2]!], genesis)).toMatchObject({ seq: 3, reason: expect.stringMatching(/chain/) });
  });

  it('finds a deleted event and a reordering', () => {
    const events = seal([entry(1), entry(2), entry(3)], 'cases', genesis);
    expect(firstBreak('cases', [events[0]!, events[2]!], genesis)).toMatchObject({ seq: 2, id: null });
    expect(firstBreak('cases', [events[1]!, events[0]!], genesis)).toMatchObject({ seq: 1 });
  });
});
