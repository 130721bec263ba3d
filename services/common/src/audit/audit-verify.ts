import { cypher, int } from '../neo4j/cypher.js';
import type { Neo4jExecutor } from '../neo4j/executor.js';
import { fromProperties } from './audit-trail.js';
import { EMPTY_HEAD, firstBreak, type ChainBreak, type ChainHead } from './hash-chain.js';

export interface VerifyReport {
  /** Events whose hashes were recomputed and found sound, over every chain. */
  readonly checked: number;
  readonly chains: number;
  readonly broken: ChainBreak | null;
}

/**
 * Walks every chain of the trail in seq order, page by page, recomputing every hash; checks each
 * chain's head names its last event, and that no event sits outside the chains. Reports the first
 * broken link, or none.
 */
export async function verifyTrail(db: Neo4jExecutor, pageSize = 2000): Promise<VerifyReport> {
  const heads = await db.read(cypher('MATCH (h:AuditHead) RETURN h.id AS chain, h.seq AS seq, h.hash AS hash ORDER BY chain'));
  let checked = 0;
  for (const head of heads) {
    const chain = String(head['chain']);
    const walked = await verifyChain(db, chain, { seq: Number(head['seq']), hash: String(head['hash']) }, pageSize);
    checked += walked.checked;
    if (walked.broken !== null) return { checked, chains: heads.length, broken: walked.broken };
  }
  const [total] = await db.read(cypher('MATCH (a:AuditEvent) RETURN count(a) AS events'));
  if (Number(total?.['events'] ?? 0) !== checked) {
    const chains = heads.map((head) => String(head['chain']));
    const [stray] = await db.read(
      cypher('MATCH (a:AuditEvent) WHERE a.chain IS NULL OR NOT a.chain IN $chains RETURN a.chain AS chain, a.seq AS seq, a.id AS id LIMIT 1', { chains }),
    );
    const broken: ChainBreak = stray === undefined
      ? { chain: '?', seq: 0, id: null, reason: `the trail holds ${String(total?.['events'])} events but its chains hold ${checked}` }
      : { chain: String(stray['chain'] ?? '?'), seq: Number(stray['seq']), id: String(stray['id']), reason: 'it belongs to no chain the trail heads name' };
    return { checked, chains: heads.length, broken };
  }
  return { checked, chains: heads.length, broken: null };
}

async function verifyChain(db: Neo4jExecutor, chain: string, head: ChainHead, pageSize: number): Promise<{ checked: number; broken: ChainBreak | null }> {
  let previous = EMPTY_HEAD;
  let checked = 0;
  for (;;) {
    const rows = await db.read(
      cypher('MATCH (a:AuditEvent {chain: $chain}) WHERE a.seq > $after RETURN properties(a) AS event ORDER BY a.seq LIMIT $limit', {
        chain,
        after: int(previous.seq),
        limit: int(pageSize),
      }),
    );
    const events = rows.map((row) => fromProperties(row['event'] as Record<string, unknown>));
    const broken = firstBreak(chain, events, previous);
    if (broken !== null) return { checked: checked + Math.max(0, broken.seq - previous.seq - 1), broken };
    checked += events.length;
    const last = events.at(-1);
    if (last === undefined) break;
    previous = { seq: last.seq, hash: last.hash };
  }
  if (head.seq !== previous.seq || head.hash !== previous.hash) {
    return { checked, broken: { chain, seq: previous.seq + 1, id: null, reason: `the chain ends at ${previous.seq} but its head records ${head.seq}` } };
  }
  return { checked, broken: null };
}
