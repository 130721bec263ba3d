import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery } from './cypher.js';
import { mapNeo4jError } from './errors.js';

/** Who and what a transaction runs for; shown by `SHOW TRANSACTIONS` and in Neo4j's query log. */
export interface TxMetadata {
  readonly requestId?: string;
  readonly userId?: string;
  readonly [key: string]: unknown;
}

export type Row = Record<string, unknown>;

/**
 * The only door to Neo4j. Runs statements in managed transactions (retried on transient
 * failures), routes reads to readers in a cluster, tags each transaction with metadata, returns
 * plain objects and maps driver errors to the catalog. Repositories use it; nothing else does.
 */
export class Neo4jExecutor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly service: string,
  ) {}

  /** Runs one read-only statement and returns its rows as plain objects. */
  read(query: CypherQuery, metadata: TxMetadata = {}): Promise<Row[]> {
    return this.readTx((tx) => run(tx, query), metadata);
  }

  /** Runs one statement in a write transaction; all of it commits or none of it. */
  write(query: CypherQuery, metadata: TxMetadata = {}): Promise<Row[]> {
    return this.writeTx((tx) => run(tx, query), metadata);
  }

  /** Several statements in one read transaction. `work` may be retried: keep it free of side effects. */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, metadata: TxMetadata = {}): Promise<T> {
    return this.inSession(neo4j.session.READ, (session) =>
      session.executeRead(work, { metadata: this.meta(metadata), timeout: 30_000 }),
    );
  }

  /** Several statements in one write transaction. `work` may be retried: keep it free of side effects. */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, metadata: TxMetadata = {}): Promise<T> {
    return this.inSession(neo4j.session.WRITE, (session) =>
      session.executeWrite(work, { metadata: this.meta(metadata), timeout: 30_000 }),
    );
  }

  /** True when the database answers a trivial query; used by `/readyz`. */
  async ping(): Promise<boolean> {
    try {
      await this.read({ text: 'RETURN 1 AS ok', params: {} });
      return true;
    } catch {
      return false;
    }
  }

  private async inSession<T>(
    mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE,
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return await work(session);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private meta(metadata: TxMetadata): Record<string, unknown> {
    return { app: `crosslink-${this.service}`, ...metadata };
  }
}

/** Runs a statement inside a transaction and returns rows as plain objects. */
export async function run(tx: ManagedTransaction, query: CypherQuery): Promise<Row[]> {
  const result = await tx.run(query.text, query.params as Record<string, unknown>);
  return result.records.map((record) => record.toObject() as Row);
}
