import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, int } from '../neo4j/cypher.js';
import { run, type Neo4jExecutor } from '../neo4j/executor.js';
import type { AuditEntry, AuditEvent } from './audit-event.js';
import { firstBreak, GENESIS_HASH, seal, type ChainBreak } from './hash-chain.js';

/**
 * Appends entries to the audit trail inside the caller's write transaction, so they commit with it
 * or not at all. The single (:AuditHead) node holds the last seq and hash; writing to it first locks
 * it, so concurrent appends queue and each sees its predecessor. No code path updates or deletes an
 * (:AuditEvent): the trail is append-only, and the hash chain shows any change made behind its back.
 */
export async function appendToTrail(tx: ManagedTransaction, entries: readonly AuditEntry[]): Promise<AuditEvent[]> {
  if (entries.length === 0) return [];
  const [head] = await run(
    tx,
    cypher(
      `MERGE (h:AuditHead {id: 'trail'})
         ON CREATE SET h.seq = 0, h.hash = $genesis
       SET h.lockedAt = timestamp()
       RETURN h.seq AS seq, h.hash AS hash`,
      { genesis: GENESIS_HASH },
    ),
  );
  const sealed = seal(entries, { seq: Number(head?.['seq'] ?? 0), hash: String(head?.['hash'] ?? GENESIS_HASH) });
  const last = sealed.at(-1) as AuditEvent;
  await run(
    tx,
    cypher(
      `UNWIND $events AS event
       CREATE (a:AuditEvent) SET a = event
       WITH count(a) AS written
       MATCH (h:AuditHead {id: 'trail'})
       SET h.seq = $seq, h.hash = $hash`,
      { events: sealed.map(toProperties), seq: int(last.seq), hash: last.hash },
    ),
  );
  return sealed;
}

function toProperties(event: AuditEvent): Record<string, unknown> {
  return { ...event, seq: int(event.seq), records: [...event.records], recipients: [...event.recipients] };
}

/** An (:AuditEvent) node's properties as an event (a null purpose is stored as no property). */
export function fromProperties(properties: Record<string, unknown>): AuditEvent {
  return {
    seq: Number(properties['seq']),
    id: String(properties['id']),
    at: String(properties['at']),
    userId: String(properties['userId']),
    username: String(properties['username']),
    force: String(properties['force']),
    operation: properties['operation'] as AuditEvent['operation'],
    action: String(properties['action']),
    records: (properties['records'] as string[] | undefined) ?? [],
    recipients: (properties['recipients'] as string[] | undefined) ?? [],
    purpose: typeof properties['purpose'] === 'string' ? properties['purpose'] : null,
    requestId: String(properties['requestId']),
    service: String(properties['service']),
    prevHash: String(properties['prevHash']),
    hash: String(properties['hash']),
  };
}

export interface VerifyReport {
  readonly checked: number;
  readonly broken: ChainBreak | null;
}

/**
 * Walks the whole trail in seq order, page by page, recomputing every hash, and checks the head
 * names the last event. Reports the first broken link, or none.
 */
export async function verifyTrail(db: Neo4jExecutor, pageSize = 2000): Promise<VerifyReport> {
  let previous = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await db.read(
      cypher('MATCH (a:AuditEvent) WHERE a.seq > $after RETURN properties(a) AS event ORDER BY a.seq LIMIT $limit', {
        after: int(previous.seq),
        limit: int(pageSize),
      }),
    );
    const events = rows.map((row) => fromProperties(row['event'] as Record<string, unknown>));
    const broken = firstBreak(events, previous);
    if (broken !== null) return { checked: checked + Math.max(0, broken.seq - previous.seq - 1), broken };
    checked += events.length;
    const last = events.at(-1);
    if (last === undefined) break;
    previous = { seq: last.seq, hash: last.hash };
  }
  const [head] = await db.read(cypher("MATCH (h:AuditHead {id: 'trail'}) RETURN h.seq AS seq, h.hash AS hash"));
  if (head !== undefined && (Number(head['seq']) !== previous.seq || head['hash'] !== previous.hash)) {
    return { checked, broken: { seq: previous.seq + 1, id: null, reason: `the trail ends at ${previous.seq} but its head records ${String(head['seq'])}` } };
  }
  return { checked, broken: null };
}
