import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type SessionMode } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CypherQuery } from './cypher.js';
import type { CrosslinkError } from '../errors/crosslink-error.js';
import { mapNeo4jError, outcomeUnknown } from './errors.js';

/** Who a transaction runs for; shown by `SHOW TRANSACTIONS` and in Neo4j's query log. */
export interface TxMetadata {
  readonly requestId?: string;
  readonly userId?: string;
}

export type Row = Record<string, unknown>;

/** Attempts at a single statement that fails with a transient error (deadlock, leader switch). */
const STATEMENT_ATTEMPTS = 3;

/**
 * The only door to Neo4j, and transport only: it knows nothing of audit or access. Runs single
 * reads as one auto-commit statement (one round trip) and several statements in managed
 * transactions, retrying both on transient failures within the driver's bounded retry time; routes
 * reads to readers in a cluster, with the driver's bookmarks so a read sees this process's earlier
 * writes; tags each transaction with metadata, returns plain objects and maps driver errors to the
 * catalog. Repositories use it (audited writes through audit/audited-writer.ts); nothing else does.
 */
export class Neo4jExecutor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    /** Names the process in each transaction's metadata (`crosslink-<service>`). */
    private readonly service: string,
  ) {}

  /** Runs one read-only statement and returns its rows as plain objects. */
  read<R>(query: CypherQuery<R>, metadata: TxMetadata = {}): Promise<R[]> {
    return this.statement(query, neo4j.session.READ, metadata);
  }

  /** Runs one statement in a write transaction of its own; all of it commits or none of it. Not audited. */
  write<R>(query: CypherQuery<R>, metadata: TxMetadata = {}): Promise<R[]> {
    return this.writeTx((tx) => run(tx, query), metadata);
  }

  /**
   * Runs one write statement as a transaction of its own in one round trip (auto-commit: the
   * database commits as the answer ends), where `write` takes three (begin, run, commit). For a
   * statement that is whole in itself, such as an audit append. Retried only on the database's
   * transient errors (a deadlock, a lock timeout), which roll the statement back; a failure that
   * may have followed the commit (the connection dropped) answers WRITE_OUTCOME_UNKNOWN.
   */
  async commit<R>(query: CypherQuery<R>, metadata: TxMetadata = {}): Promise<R[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.inSession(
          neo4j.session.WRITE,
          async (session) => {
            const result = await session.run(query.text, query.params as Record<string, unknown>, { metadata: this.meta(metadata), timeout: 30_000 });
            return result.records.map((record) => record.toObject() as R);
          },
          false,
        );
      } catch (error) {
        if (attempt < STATEMENT_ATTEMPTS && codeOf(error).startsWith('Neo.TransientError.')) {
          await sleep(25 * attempt);
          continue;
        }
        // The database's own errors come with the statement rolled back; anything else may have followed the commit.
        throw codeOf(error).startsWith('Neo.') ? mapNeo4jError(error) : outcomeUnknown(mapNeo4jError(error));
      }
    }
  }

  /** Several statements in one read transaction. `work` may be retried: keep it free of side effects. */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, metadata: TxMetadata = {}): Promise<T> {
    return this.inSession(neo4j.session.READ, (session) => session.executeRead(work, { metadata: this.meta(metadata), timeout: 30_000 }));
  }

  /**
   * Several statements in one write transaction. `work` may be retried (after a transient failure,
   * within the driver's retry time): keep it free of side effects outside the transaction.
   */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, metadata: TxMetadata = {}): Promise<T> {
    let committing = false;
    const attempt = async (tx: ManagedTransaction) => {
      committing = false; // a retried attempt starts again
      const done = await work(tx);
      committing = true;
      return done;
    };
    return this.inSession(
      neo4j.session.WRITE,
      (session) => session.executeWrite(attempt, { metadata: this.meta(metadata), timeout: 30_000 }),
      true,
      (mapped) => (committing ? outcomeUnknown(mapped) : mapped),
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

  /** One statement in a transaction of its own: the server commits as the result ends, in one round trip. */
  private async statement<R>(query: CypherQuery<R>, mode: SessionMode, metadata: TxMetadata): Promise<R[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.inSession(
          mode,
          async (session) => {
            const result = await session.run(query.text, query.params as Record<string, unknown>, { metadata: this.meta(metadata), timeout: 30_000 });
            return result.records.map((record) => record.toObject() as R);
          },
          false,
        );
      } catch (error) {
        if (attempt >= STATEMENT_ATTEMPTS || !isRetryableError(error)) throw mapNeo4jError(error);
        await sleep(25 * attempt);
      }
    }
  }

  private async inSession<T>(
    mode: SessionMode,
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
    mapErrors = true,
    refine: (mapped: CrosslinkError) => CrosslinkError = (mapped) => mapped,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await work(session);
    } catch (error) {
      throw mapErrors ? refine(mapNeo4jError(error)) : error;
    } finally {
      await session.close();
    }
  }

  /** Only the tags: a caller's metadata may carry more (its request's audit), which stays out of Neo4j. */
  private meta({ requestId, userId }: TxMetadata): Record<string, unknown> {
    return { app: `crosslink-${this.service}`, ...(requestId !== undefined ? { requestId } : {}), ...(userId !== undefined ? { userId } : {}) };
  }
}

/** The status code of a driver error ('Neo.TransientError…' from the database, other codes from the driver), or ''. */
function codeOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

/** Runs a statement inside a transaction and returns rows as plain objects, typed as its builder declared. */
export async function run<R>(tx: ManagedTransaction, query: CypherQuery<R>): Promise<R[]> {
  const result = await tx.run(query.text, query.params as Record<string, unknown>);
  return result.records.map((record) => record.toObject() as R);
}
