import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type SessionMode } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { AuditChain } from '../audit/audit-chain.js';
import type { AuditEntry, AuditEvent, AuditOperation } from '../audit/audit-event.js';
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
   * What a write does when it is not the work of the current mutation field (e.g. the record of the
   * caller kept current on any request); the audit event names it instead.
   */
  readonly auditAction?: { readonly action: string; readonly operation: AuditOperation };
  /**
   * Whom a write made in a `writeTx` discloses records to, for its audit event — given, or worked
   * out from the transaction's result (e.g. the forces an operation lets see a case it joins). A
   * single `write` statement names them in its `recipients` parameter instead.
   */
  readonly recipients?: readonly string[] | ((result: unknown) => readonly string[]);
}

export type Row = Record<string, unknown>;

/** Attempts at a single statement that fails with a transient error (deadlock, leader switch). */
const STATEMENT_ATTEMPTS = 3;

/**
 * The only door to Neo4j. Runs single reads as one auto-commit statement (one round trip) and
 * several statements in managed transactions, retrying both on transient failures; routes reads to
 * readers in a cluster, with the driver's bookmarks so a read sees this process's earlier writes;
 * tags each transaction with metadata, returns plain objects and maps driver errors to the catalog.
 * Repositories use it; nothing else does. It also writes this service's chain of the audit trail.
 */
export class Neo4jExecutor {
  private readonly chain: AuditChain;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly service: string,
  ) {
    this.chain = new AuditChain(service, (query) => this.statement(query, neo4j.session.WRITE, {}));
  }

  /** Runs one read-only statement and returns its rows as plain objects. */
  read(query: CypherQuery, metadata: TxMetadata = {}): Promise<Row[]> {
    return this.statement(query, neo4j.session.READ, metadata);
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

  private async auditedWrite<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    metadata: TxMetadata,
    params: unknown,
    processed: (result: T) => boolean = () => true,
  ): Promise<T> {
    const { audit } = metadata;
    let appended: AuditEvent[] = [];
    const audited = audit === undefined
      ? work
      : async (tx: ManagedTransaction) => {
          appended = []; // a retried attempt starts again: what a rolled-back one appended never was
          const result = await work(tx);
          if (!processed(result)) return result;
          audit.assertPurposeFor(result);
          const records = [...new Set([...recordsIn(result), ...recordsIn(params, 0)])].sort();
          const recipients = typeof metadata.recipients === 'function' ? metadata.recipients(result) : (metadata.recipients ?? recipientsIn(params));
          appended = await this.chain.appendIn((query) => run(tx, query), [audit.writeEntry(records, recipients, metadata.auditAction)]);
          return result;
        };
    const result = await this.inSession(neo4j.session.WRITE, (session) =>
      session.executeWrite(audited, { metadata: this.meta(metadata), timeout: 30_000 }),
    );
    this.chain.committed(appended);
    return result;
  }

  /**
   * Appends entries to this service's audit chain in a commit of their own (consultations); resolves
   * once they are durable.
   */
  appendAudit(entries: readonly AuditEntry[]): Promise<void> {
    return this.chain.append(entries);
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
  private async statement(query: CypherQuery, mode: SessionMode, metadata: TxMetadata): Promise<Row[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.inSession(mode, async (session) => {
          const result = await session.run(query.text, query.params as Record<string, unknown>, { metadata: this.meta(metadata), timeout: 30_000 });
          return result.records.map((record) => record.toObject() as Row);
        }, false);
      } catch (error) {
        if (attempt >= STATEMENT_ATTEMPTS || !isRetryableError(error)) throw mapNeo4jError(error);
        await sleep(25 * attempt);
      }
    }
  }

  private async inSession<T>(mode: SessionMode, work: (session: ReturnType<Driver['session']>) => Promise<T>, mapErrors = true): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await work(session);
    } catch (error) {
      throw mapErrors ? mapNeo4jError(error) : error;
    } finally {
      await session.close();
    }
  }

  private meta(metadata: TxMetadata): Record<string, unknown> {
    const { audit: _audit, auditAction: _action, recipients: _recipients, ...tags } = metadata;
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
