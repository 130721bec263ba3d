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
  return createHash('sha256')
    .update(canonical(entry, seq, prevHash))
    .digest('hex');
}

/** The last event of a chain: its seq and hash (seq 0 and the genesis hash while the chain is empty). */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/**
 * A string as the database stores it: a lone UTF-16 surrogate (which a client may send, escaped, in
 * JSON) cannot be encoded as UTF-8, so Neo4j stores U+FFFD in its place. The same replacement as
 * String.prototype.toWellFormed (ES2024), written out for the ES2023 library we compile against.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** An entry with every string made well formed, so that what is hashed is exactly what is stored. */
export function asStored(entry: AuditEntry): AuditEntry {
  const text = (value: string | null): string | null => (value === null ? null : wellFormed(value));
  return {
    ...entry,
    id: wellFormed(entry.id),
    at: wellFormed(entry.at),
    userId: wellFormed(entry.userId),
    username: wellFormed(entry.username),
    force: wellFormed(entry.force),
    action: wellFormed(entry.action),
    records: entry.records.map(wellFormed),
    recipients: entry.recipients.map(wellFormed),
    purpose: text(entry.purpose),
    requestId: wellFormed(entry.requestId),
    service: wellFormed(entry.service),
  };
}

/**
 * Seals entries after `head` in `chain`, each made well formed first (see asStored): a hash over a
 * value the database then changes would break the chain from that event on. The chain's name is not
 * hashed: each event's `prevHash` already binds it to its predecessor, so moving an event to another
 * chain breaks both chains.
 */
export function seal(entries: readonly AuditEntry[], chain: string, head: ChainHead): AuditEvent[] {
  const sealed: AuditEvent[] = [];
  let { seq, hash } = head;
  for (const given of entries) {
    const entry = asStored(given);
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
 * Checks events that continue `chain` after `previous` (seq and hash); returns every break, in seq
 * order. After a break the walk goes on from the event as stored (its seq and hash), so one edited,
 * deleted or rehashed event is reported once and a later, separate tampering is still found.
 * Callers feed the trail in seq order, page by page, carrying `previous` along (see lastLink).
 */
export function chainBreaks(chain: string, events: readonly AuditEvent[], previous: ChainHead): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let { seq, hash } = previous;
  for (const event of events) {
    if (event.seq !== seq + 1) {
      const missing = event.seq > seq + 1 ? `events ${seq + 1}–${event.seq - 1} are missing` : `event ${event.seq} is out of order`;
      breaks.push({ chain, seq: seq + 1, id: null, reason: event.seq === seq + 2 ? `event ${seq + 1} is missing (next is ${event.seq})` : missing });
    } else if (event.prevHash !== hash) {
      breaks.push({ chain, seq: event.seq, id: event.id, reason: 'does not chain to the event before it' });
    }
    if (hashOf(event, event.seq, event.prevHash) !== event.hash)
      breaks.push({ chain, seq: event.seq, id: event.id, reason: 'its content does not match its hash' });
    seq = event.seq;
    hash = event.hash;
  }
  return breaks;
}

/** The first break of chainBreaks, or null. */
export function firstBreak(chain: string, events: readonly AuditEvent[], previous: ChainHead): ChainBreak | null {
  return chainBreaks(chain, events, previous)[0] ?? null;
}
