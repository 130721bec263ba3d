import { cypher, int } from '../neo4j/cypher.js';
import type { Neo4jExecutor } from '../neo4j/executor.js';
import { fromProperties } from './audit-trail.js';
import { chainBreaks, EMPTY_HEAD, type ChainBreak, type ChainHead } from './hash-chain.js';

export interface VerifyReport {
  /** Events whose hashes were recomputed, over every chain. */
  readonly checked: number;
  readonly chains: number;
  /** Every break found, chain by chain in seq order: an edit, a gap, a rehash, a wrong head, a stray event. */
  readonly breaks: readonly ChainBreak[];
  /** The first of `breaks`, or null when the trail is intact. */
  readonly broken: ChainBreak | null;
}

/**
 * Walks every chain of the trail in seq order, page by page, recomputing every hash; checks each
 * chain's head names its last event, and that no event sits outside the chains. Reports every broken
 * link, not only the first: one tampering does not hide a later one.
 *
 * Safe on a live trail: each chain is walked up to the head read at the start, so events appended
 * meanwhile, and chains begun meanwhile, are left for the next run rather than reported; an event
 * past its head that no later head accounts for, or in a chain with no head at all, is still reported.
 */
export async function verifyTrail(db: Neo4jExecutor, pageSize = 2000): Promise<VerifyReport> {
  const heads = await db.read(cypher('MATCH (h:AuditHead) RETURN h.id AS chain, h.seq AS seq, h.hash AS hash ORDER BY chain'));
  let checked = 0;
  const breaks: ChainBreak[] = [];
  for (const head of heads) {
    const chain = String(head['chain']);
    const walked = await verifyChain(db, chain, { seq: Number(head['seq']), hash: String(head['hash']) }, pageSize);
    checked += walked.checked;
    breaks.push(...walked.breaks);
  }
  // Against the heads as they are now: a chain begun during the walk has a head by now (its first
  // append made both), and is walked the next time rather than reported.
  const strays = await db.read(
    cypher(
      `MATCH (a:AuditEvent) WHERE a.chain IS NULL OR NOT EXISTS { MATCH (:AuditHead {id: a.chain}) }
       RETURN a.chain AS chain, a.seq AS seq, a.id AS id ORDER BY chain, seq LIMIT 100`,
    ),
  );
  for (const stray of strays) {
    breaks.push({
      chain: String(stray['chain'] ?? '?'),
      seq: Number(stray['seq']),
      id: String(stray['id']),
      reason: 'it belongs to no chain the trail heads name',
    });
  }
  return { checked, chains: heads.length, breaks, broken: breaks[0] ?? null };
}

async function verifyChain(db: Neo4jExecutor, chain: string, head: ChainHead, pageSize: number): Promise<{ checked: number; breaks: ChainBreak[] }> {
  let previous = EMPTY_HEAD;
  let checked = 0;
  const breaks: ChainBreak[] = [];
  for (;;) {
    const rows = await db.read(
      cypher<{ event: Record<string, unknown> }>(
        'MATCH (a:AuditEvent {chain: $chain}) WHERE a.seq > $after AND a.seq <= $upTo RETURN properties(a) AS event ORDER BY a.seq LIMIT $limit',
        {
          chain,
          after: int(previous.seq),
          upTo: int(head.seq),
          limit: int(pageSize),
        },
      ),
    );
    const events = rows.map((row) => fromProperties(row.event));
    breaks.push(...chainBreaks(chain, events, previous));
    checked += events.length;
    const last = events.at(-1);
    if (last === undefined) break;
    previous = { seq: last.seq, hash: last.hash };
  }
  if (head.seq !== previous.seq || head.hash !== previous.hash) {
    breaks.push({ chain, seq: previous.seq + 1, id: null, reason: `the chain ends at ${previous.seq} but its head records ${head.seq}` });
  }
  // Past the head read at the start: events appended since, each by a transaction that also moved
  // the head. Counted before the head is read again, so every append counted is covered by it.
  const [past] = await db.read(
    cypher('MATCH (a:AuditEvent {chain: $chain}) WHERE a.seq > $upTo RETURN count(a) AS events, min(a.seq) AS first', { chain, upTo: int(head.seq) }),
  );
  const events = Number(past?.['events'] ?? 0);
  if (events > 0) {
    const [now] = await db.read(cypher('MATCH (h:AuditHead {id: $chain}) RETURN h.seq AS seq', { chain }));
    if (events > Number(now?.['seq'] ?? head.seq) - head.seq) {
      breaks.push({ chain, seq: Number(past?.['first']), id: null, reason: `events lie past its head (${head.seq}) that no append accounts for` });
    }
  }
  return { checked, breaks };
}
