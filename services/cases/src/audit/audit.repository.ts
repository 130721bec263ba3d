import { fromProperties, verifyTrail, type AuditEvent, type CursorKey, type Neo4jExecutor, type TxMetadata, type VerifyReport } from '@crosslink/common';
import { listAuditEvents, type AuditFilter } from './audit.cypher.js';

/** Reads the trail. There is deliberately no method that changes it: appends happen in the executor. */
export class AuditRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  async list(filter: AuditFilter, after: CursorKey | null, limit: number, meta: TxMetadata): Promise<AuditEvent[]> {
    const rows = await this.db.read(listAuditEvents(filter, after, limit), meta);
    return rows.map(({ event }) => fromProperties(event));
  }

  /** Recomputes every hash of every chain (see verifyTrail in the common kit). */
  verify(): Promise<VerifyReport> {
    return verifyTrail(this.db);
  }
}
