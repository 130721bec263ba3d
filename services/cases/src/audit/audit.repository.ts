import { fromProperties, type AuditEvent, type Neo4jExecutor, type TxMetadata } from '@crosslink/common';
import { listAuditEvents, type AuditFilter } from './audit.cypher.js';

/** Reads the trail. There is deliberately no method that changes it: appends happen in the executor. */
export class AuditRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  async list(filter: AuditFilter, beforeSeq: number | null, limit: number, meta: TxMetadata): Promise<AuditEvent[]> {
    const rows = await this.db.read(listAuditEvents(filter, beforeSeq, limit), meta);
    return rows.map((row) => fromProperties(row['event'] as Record<string, unknown>));
  }
}
