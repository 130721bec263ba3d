import type { Neo4jExecutor, TxMetadata } from '@crosslink/common';
import type { Force } from './force.model.js';
import { allForces, forcesByCode } from './force.cypher.js';

/** How long the list of forces is kept before it is read again. */
const KEEP_MS = 60_000;

/**
 * Forces are reference data that change only by migration, so the whole list is read once a minute
 * and lookups by code are answered from it; a code it does not hold is looked up in the database.
 */
export class ForceRepository {
  private kept: { readonly until: number; readonly forces: Promise<Force[]> } | null = null;

  constructor(
    private readonly db: Neo4jExecutor,
    private readonly now: () => number = Date.now,
  ) {}

  all(meta: TxMetadata): Promise<Force[]> {
    if (this.kept === null || this.kept.until <= this.now()) {
      const forces = this.db.read(allForces(), meta).then((rows) => rows.map(({ force }) => force));
      this.kept = { until: this.now() + KEEP_MS, forces };
      forces.catch(() => {
        this.kept = null;
      });
    }
    return this.kept.forces;
  }

  async byCodes(codes: readonly string[], meta: TxMetadata): Promise<Map<string, Force>> {
    const found = new Map((await this.all(meta)).filter((force) => codes.includes(force.code)).map((force) => [force.code, force]));
    const missing = codes.filter((code) => !found.has(code));
    if (missing.length > 0) {
      for (const { force } of await this.db.read(forcesByCode(missing), meta)) found.set(force.code, force);
    }
    return found;
  }
}
