import { createHash } from 'node:crypto';
import type { AuditEntry, AuditEvent } from './audit-event.js';

/** The hash the first event chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The bytes an event's hash covers: every field but the hash itself, in a fixed order, as JSON.
 * Changing any field of any event — or removing or reordering events — breaks the chain from there on.
 */
export function canonical(entry: AuditEntry, seq: number, prevHash: string): string {
  return JSON.stringify([
    seq,
    prevHash,
    entry.id,
    entry.at,
    entry.userId,
    entry.username,
    entry.force,
    entry.operation,
    entry.action,
    [...entry.records],
    [...entry.recipients],
    entry.purpose,
    entry.requestId,
    entry.service,
  ]);
}

export function hashOf(entry: AuditEntry, seq: number, prevHash: string): string {
  return createHash('sha256').update(canonical(entry, seq, prevHash)).digest('hex');
}

/** The last event of a chain: its seq and hash (seq 0 and the genesis hash while the chain is empty). */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/**
 * Seals entries after `head` in `chain`. The chain's name is not hashed: each event's `prevHash`
 * already binds it to its predecessor, so moving an event to another chain breaks both chains.
 */
export function seal(entries: readonly AuditEntry[], chain: string, head: ChainHead): AuditEvent[] {
  const sealed: AuditEvent[] = [];
  let { seq, hash } = head;
  for (const entry of entries) {
    seq += 1;
    const next = hashOf(entry, seq, hash);
    sealed.push({ ...entry, chain, seq, prevHash: hash, hash: next });
    hash = next;
  }
  return sealed;
}

export interface ChainBreak {
  readonly chain: string;
  readonly seq: number;
  readonly id: string | null;
  readonly reason: string;
}

/**
 * Checks events that continue `chain` after `previous` (seq and hash); returns the first break.
 * Callers feed the trail in seq order, page by page, carrying `previous` along.
 */
export function firstBreak(chain: string, events: readonly AuditEvent[], previous: ChainHead): ChainBreak | null {
  let { seq, hash } = previous;
  for (const event of events) {
    if (event.seq !== seq + 1) return { chain, seq: seq + 1, id: null, reason: `event ${seq + 1} is missing (next is ${event.seq})` };
    if (event.prevHash !== hash) return { chain, seq: event.seq, id: event.id, reason: 'does not chain to the event before it' };
    if (hashOf(event, event.seq, event.prevHash) !== event.hash) return { chain, seq: event.seq, id: event.id, reason: 'its content does not match its hash' };
    seq = event.seq;
    hash = event.hash;
  }
  return null;
}
