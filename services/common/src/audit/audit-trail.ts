import { cypher, int } from '../neo4j/cypher.js';
import type { Row } from '../neo4j/executor.js';
import type { CypherQuery } from '../neo4j/cypher.js';
import type { AuditEntry, AuditEvent } from './audit-event.js';
import { EMPTY_HEAD, GENESIS_HASH, seal, type ChainHead } from './hash-chain.js';

/** Runs one statement where the caller says: in an open transaction, or on its own (auto-commit). */
export type StatementRunner = (query: CypherQuery) => Promise<Row[]>;

/** What an append did: the events it wrote, or — when the chain had moved on — the head it found instead. */
export type AppendOutcome = { readonly written: AuditEvent[] } | { readonly moved: ChainHead };

/**
 * Appends entries to `chain` after `expected`, the head the caller believes is current, in one
 * statement. The statement first writes to the chain's (:AuditHead) — which locks it until commit —
 * and only then compares it with `expected`, so two writers can never both continue from the same
 * event: the second finds the head moved, writes nothing and learns the real head. The (chain, seq)
 * uniqueness constraint backs this up. No code path updates or deletes an (:AuditEvent): the trail
 * is append-only, and the hash chain shows any change made behind its back.
 */
export async function appendAfter(runStatement: StatementRunner, chain: string, entries: readonly AuditEntry[], expected: ChainHead): Promise<AppendOutcome> {
  const sealed = seal(entries, chain, expected);
  const last = sealed.at(-1);
  if (last === undefined) return { written: [] };
  const [row] = await runStatement(
    cypher(
      `MERGE (h:AuditHead {id: $chain})
         ON CREATE SET h.seq = 0, h.hash = $genesis
       SET h.lockedAt = timestamp()
       WITH h, (h.seq = $seq AND h.hash = $hash) AS current
       FOREACH (event IN CASE WHEN current THEN $events ELSE [] END | CREATE (a:AuditEvent) SET a = event)
       SET h.seq = CASE WHEN current THEN $lastSeq ELSE h.seq END,
           h.hash = CASE WHEN current THEN $lastHash ELSE h.hash END
       RETURN current, h.seq AS seq, h.hash AS hash`,
      {
        chain,
        genesis: GENESIS_HASH,
        seq: int(expected.seq),
        hash: expected.hash,
        events: sealed.map(toProperties),
        lastSeq: int(last.seq),
        lastHash: last.hash,
      },
    ),
  );
  if (row?.['current'] === true) return { written: sealed };
  return { moved: { seq: Number(row?.['seq'] ?? 0), hash: String(row?.['hash'] ?? GENESIS_HASH) } };
}

/**
 * Appends entries inside the caller's write transaction, so they commit with it or not at all. The
 * first attempt continues from `believed`; if the chain has moved on, this transaction now holds the
 * head's lock, so the second attempt, from the head it found, cannot miss.
 */
export async function appendInTransaction(
  runStatement: StatementRunner,
  chain: string,
  entries: readonly AuditEntry[],
  believed: ChainHead = EMPTY_HEAD,
): Promise<AuditEvent[]> {
  let expected = believed;
  for (let attempt = 0; attempt < 2; attempt++) {
    const outcome = await appendAfter(runStatement, chain, entries, expected);
    if ('written' in outcome) return outcome.written;
    expected = outcome.moved;
  }
  throw new Error(`audit chain ${chain} moved while its head was locked`);
}

/** The head of `chain` as last committed (the empty head when the chain has no events yet). */
export async function readHead(runStatement: StatementRunner, chain: string): Promise<ChainHead> {
  const [row] = await runStatement(cypher('MATCH (h:AuditHead {id: $chain}) RETURN h.seq AS seq, h.hash AS hash', { chain }));
  return row === undefined ? EMPTY_HEAD : { seq: Number(row['seq']), hash: String(row['hash']) };
}

function toProperties(event: AuditEvent): Record<string, unknown> {
  return { ...event, seq: int(event.seq), records: [...event.records], recipients: [...event.recipients] };
}

/** An (:AuditEvent) node's properties as an event (a null purpose is stored as no property). */
export function fromProperties(properties: Record<string, unknown>): AuditEvent {
  return {
    chain: String(properties['chain']),
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
