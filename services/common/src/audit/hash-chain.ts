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

/** Seals entries after the event `{seq, hash}` at the head of the chain. */
export function seal(entries: readonly AuditEntry[], head: { seq: number; hash: string }): AuditEvent[] {
  const sealed: AuditEvent[] = [];
  let { seq, hash } = head;
  for (const entry of entries) {
    seq += 1;
    const next = hashOf(entry, seq, hash);
    sealed.push({ ...entry, seq, prevHash: hash, hash: next });
    hash = next;
  }
  return sealed;
}

export interface ChainBreak {
  readonly seq: number;
  readonly id: string | null;
  readonly reason: string;
}

/**
 * Checks events that continue the chain after `previous` (seq and hash); returns the first break.
 * Callers feed the trail in seq order, page by page, carrying `previous` along.
 */
export function firstBreak(events: readonly AuditEvent[], previous: { seq: number; hash: string }): ChainBreak | null {
  let { seq, hash } = previous;
  for (const event of events) {
    if (event.seq !== seq + 1) return { seq: seq + 1, id: null, reason: `event ${seq + 1} is missing (next is ${event.seq})` };
    if (event.prevHash !== hash) return { seq: event.seq, id: event.id, reason: 'does not chain to the event before it' };
    if (hashOf(event, event.seq, event.prevHash) !== event.hash) return { seq: event.seq, id: event.id, reason: 'its content does not match its hash' };
    seq = event.seq;
    hash = event.hash;
  }
  return null;
}
