import type { Neo4jExecutor, TxMetadata } from '@crosslink/common';
import { idempotencyKeyById } from './idempotency.cypher.js';
import type { StoredKey } from './idempotency.js';

export class IdempotencyRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** The key as stored, or null when it was never used. */
  async find(id: string, meta: TxMetadata): Promise<StoredKey | null> {
    const [row] = await this.db.read(idempotencyKeyById(id), meta);
    return row === undefined ? null : { fingerprint: row.fingerprint, resultId: row.resultId };
  }
}
