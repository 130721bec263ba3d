import type { ManagedTransaction } from 'neo4j-driver';
import { run, type Neo4jExecutor, type TxMetadata } from '../neo4j/executor.js';
import { AuditChain } from './audit-chain.js';
import type { AuditEntry, AuditEvent } from './audit-event.js';
import type { RequestAudit } from './request-audit.js';
import { writeRecord, type WriteAction, type WriteFacts } from './write-record.js';

/** The metadata of a request's writes: the transaction's tags, and the request's audit. */
export interface RequestMeta extends TxMetadata {
  readonly audit: RequestAudit;
}

/**
 * The one door for audited writes, and for this service's chain of the audit trail. A unit of work
 * runs in a write transaction; `describe` states, from its result, what it did — or null when it
 * processed nothing (a record hidden or unknown) and so leaves no event. Inside the same transaction
 * the purpose rule is applied (a write touching another force's data without a purpose is refused,
 * rolling everything back) and the event is appended: the change and its audit commit together or
 * not at all. The executor may retry the transaction; what a rolled-back attempt appended is forgotten.
 */
export class AuditedWriter {
  private readonly chain: AuditChain;

  constructor(
    private readonly db: Neo4jExecutor,
    /** The chain this process appends to: the service's name. */
    service: string,
  ) {
    // Consultations are appended in a statement of their own: one round trip to a durable commit.
    this.chain = new AuditChain(service, (query) => db.commit(query));
  }

  async write<T>(meta: RequestMeta, as: WriteAction, work: (tx: ManagedTransaction) => Promise<T>, describe: (result: T) => WriteFacts | null): Promise<T> {
    let appended: AuditEvent[] = [];
    const result = await this.db.writeTx(async (tx) => {
      appended = []; // a retried attempt starts again: what a rolled-back one appended never was
      const done = await work(tx);
      const facts = describe(done);
      if (facts === null) return done;
      const record = writeRecord(as, facts);
      meta.audit.assertPurposeFor(record);
      appended = await this.chain.appendIn((query) => run(tx, query), [meta.audit.writeEntry(record)]);
      return done;
    }, meta);
    this.chain.committed(appended);
    return result;
  }

  /** Appends entries (consultations) in a commit of their own; resolves once they are durable. */
  append(entries: readonly AuditEntry[]): Promise<void> {
    return this.chain.append(entries);
  }
}
