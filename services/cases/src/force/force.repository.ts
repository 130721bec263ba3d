import type { Neo4jExecutor, TxMetadata } from '@crosslink/common';
import type { Force } from './force.model.js';
import { allForces, forcesByCode } from './force.cypher.js';

export class ForceRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  async all(meta: TxMetadata): Promise<Force[]> {
    const rows = await this.db.read(allForces(), meta);
    return rows.map((row) => row['force'] as Force);
  }

  async byCodes(codes: readonly string[], meta: TxMetadata): Promise<Map<string, Force>> {
    const rows = await this.db.read(forcesByCode(codes), meta);
    return new Map(rows.map((row) => {
      const force = row['force'] as Force;
      return [force.code, force];
    }));
  }
}
