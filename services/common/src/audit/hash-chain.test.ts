import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit-event.js';
import { chainBreaks, EMPTY_HEAD, firstBreak, GENESIS_HASH, hashOf, seal, wellFormed } from './hash-chain.js';

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
      { id: 'x' },
      { at: '2027-01-01T00:00:00.000Z' },
      { userId: 'x' },
      { username: 'x' },
      { force: 'MPS' },
      { operation: 'DISCLOSURE' },
      { action: 'Query.cases' },
      { records: ['Case:other'] },
      { recipients: ['MPS'] },
      { purpose: 'because' },
      { requestId: 'x' },
      { service: 'entities' },
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

describe('the audit hash chain and malformed strings', () => {
  it('hashes a lone surrogate as the database stores it (U+FFFD), so the stored event still verifies', () => {
    const [sealed] = seal([{ ...entry(1), purpose: 'lone \uD800 high and \uDC00 low, pair \uD83D\uDE00 kept' }], 'cases', genesis);
    expect(sealed?.purpose).toBe('lone \uFFFD high and \uFFFD low, pair \uD83D\uDE00 kept');
    const stored = { ...sealed!, purpose: sealed!.purpose!.toString() };
    expect(firstBreak('cases', [stored], genesis)).toBeNull();
  });

  it('makes every string well formed: records, recipients and names as well', () => {
    const [sealed] = seal([{ ...entry(1), username: 'a\uDBFF', records: ['Person:\uD800'], recipients: ['\uDFFF'] }], 'cases', genesis);
    expect(sealed).toMatchObject({ username: 'a\uFFFD', records: ['Person:\uFFFD'], recipients: ['\uFFFD'] });
    expect(wellFormed('plain')).toBe('plain');
  });
});

describe('every break in a chain', () => {
  it('reports each separate tampering, not only the first', () => {
    const events = seal([entry(1), entry(2), entry(3), entry(4), entry(5)], 'cases', genesis);
    const tampered = events.map((e) => (e.seq === 2 || e.seq === 4 ? { ...e, username: 'someone.else' } : e));
    expect(chainBreaks('cases', tampered, genesis).map((b) => [b.seq, b.reason])).toEqual([
      [2, 'its content does not match its hash'],
      [4, 'its content does not match its hash'],
    ]);
  });

  it('reports a gap once (not again at the next link) and a later edit', () => {
    const events = seal([entry(1), entry(2), entry(3), entry(4), entry(5)], 'cases', genesis);
    const kept = [events[0]!, events[2]!, events[3]!, { ...events[4]!, force: 'MPS' }];
    expect(chainBreaks('cases', kept, genesis).map((b) => b.seq)).toEqual([2, 5]);
  });
});
