import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { appendToTrail } from '../audit/audit-trail.js';
import { recordsIn, type RequestAudit } from '../audit/request-audit.js';
import type { CypherQuery } from './cypher.js';
import { mapNeo4jError } from './errors.js';

/** Who and what a transaction runs for; shown by `SHOW TRANSACTIONS` and in Neo4j's query log. */
export interface TxMetadata {
  readonly requestId?: string;
  readonly userId?: string;
  /**
   * The request's audit. When present, every write transaction appends its audit event (who, what,
   * which records) inside the same transaction: the change and its audit commit together or not at all.
   */
  readonly audit?: RequestAudit;
  /**
   * Whom a disclosure made in a `writeTx` discloses to, for its audit event. A single `write`
   * statement names them in its `recipients` parameter instead.
   */
  readonly recipients?: readonly string[];
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

  /**
   * Runs one statement in a write transaction; all of it commits or none of it. Its audit event names
   * the records in the result and those its parameters point at (`caseId`, `personId`, …). A statement
   * that returned nothing and changed nothing — a write refused because its record is hidden or
   * unknown — processed no data and leaves no event.
   */
  write(query: CypherQuery, metadata: TxMetadata = {}): Promise<Row[]> {
    let changed = false;
    const work = async (tx: ManagedTransaction) => {
      const result = await tx.run(query.text, query.params as Record<string, unknown>);
      changed = result.summary.counters.containsUpdates();
      return result.records.map((record) => record.toObject() as Row);
    };
    return this.auditedWrite(work, metadata, query.params, (rows) => rows.length > 0 || changed);
  }

  /** Several statements in one read transaction. `work` may be retried: keep it free of side effects. */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, metadata: TxMetadata = {}): Promise<T> {
    return this.inSession(neo4j.session.READ, (session) =>
      session.executeRead(work, { metadata: this.meta(metadata), timeout: 30_000 }),
    );
  }

  /**
   * Several statements in one write transaction, audited in the same transaction when the metadata
   * carries the request's audit. `work` may be retried: keep it free of side effects.
   */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, metadata: TxMetadata = {}): Promise<T> {
    return this.auditedWrite(work, metadata, undefined);
  }

  private auditedWrite<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    metadata: TxMetadata,
    params: unknown,
    processed: (result: T) => boolean = () => true,
  ): Promise<T> {
    const { audit } = metadata;
    const audited = audit === undefined
      ? work
      : async (tx: ManagedTransaction) => {
          const result = await work(tx);
          if (!processed(result)) return result;
          audit.assertPurposeFor(result);
          const records = [...new Set([...recordsIn(result), ...recordsIn(params, 0)])].sort();
          await appendToTrail(tx, [audit.writeEntry(records, metadata.recipients ?? recipientsIn(params))]);
          return result;
        };
    return this.inSession(neo4j.session.WRITE, (session) =>
      session.executeWrite(audited, { metadata: this.meta(metadata), timeout: 30_000 }),
    );
  }

  /** Appends entries to the audit trail in a transaction of their own (consultations). */
  appendAudit(entries: Parameters<typeof appendToTrail>[1], metadata: TxMetadata = {}): Promise<unknown> {
    return this.inSession(neo4j.session.WRITE, (session) =>
      session.executeWrite((tx) => appendToTrail(tx, entries), { metadata: this.meta(metadata), timeout: 30_000 }),
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
    const { audit: _audit, recipients: _recipients, ...tags } = metadata;
    return { app: `crosslink-${this.service}`, ...tags };
  }
}

/** A disclosure names its recipients in a `recipients` parameter (e.g. the force a case is shared with). */
function recipientsIn(params: unknown): string[] {
  const recipients = (params as { recipients?: unknown } | undefined)?.recipients;
  return Array.isArray(recipients) ? recipients.filter((r): r is string => typeof r === 'string') : [];
}

/** Runs a statement inside a transaction and returns rows as plain objects. */
export async function run(tx: ManagedTransaction, query: CypherQuery): Promise<Row[]> {
  const result = await tx.run(query.text, query.params as Record<string, unknown>);
  return result.records.map((record) => record.toObject() as Row);
}
