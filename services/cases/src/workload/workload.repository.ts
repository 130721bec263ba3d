import type { Neo4jExecutor, TxMetadata, ViewerParams } from '@crosslink/common';
import type { OfficerWorkload } from './workload.model.js';
import { forceWorkload } from './workload.cypher.js';

export class WorkloadRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** The driver returns integers as JS numbers (counts are small), so rows are the model as they are. */
  async forForce(force: string, today: string, afterOfficer: string | null, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<OfficerWorkload[]> {
    const rows = await this.db.read(forceWorkload(force, today, afterOfficer, limit, viewer), meta);
    return rows.map((r) => r['load'] as OfficerWorkload);
  }
}
