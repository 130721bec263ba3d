import type { ManagedTransaction } from 'neo4j-driver';
import { run, type Neo4jExecutor, type TxMetadata } from '../neo4j/executor.js';
import { AuditChain } from './audit-chain.js';
import type { AuditEntry, AuditEvent, AuditRecord } from './audit-event.js';
import { mutationOperations, type MutationName, type WriteOperation } from './mutation-operations.js';
import type { RequestAudit } from './request-audit.js';

/** The metadata of a request's writes: the transaction's tags, and the request's audit. */
export interface RequestMeta extends TxMetadata {
  readonly audit: RequestAudit;
}

/**
 * What a unit of work did, as the code that did it states it: never inferred from names or keys.
 * The audit event names `records` (each `Label:id`) and `recipients`; `owners` and `foreign` decide
 * whether the write needed a purpose.
 */
export interface WriteFacts {
  /** Every record the write created, changed, joined or disclosed, as `Label:id`. */
  readonly records: readonly AuditRecord[];
  /** Whom the write disclosed records to (forces, or the named recipients of an export). */
  readonly recipients?: readonly string[];
  /** The forces owning the records written: any but the caller's own makes it another force's data. */
  readonly owners?: readonly string[];
  /** True when the write reached a record the caller sees only through another force's case (worked out in its Cypher). */
  readonly foreign?: boolean;
}

/** Which write an event records: a mutation (its operation from the table), or work of another kind. */
export type WriteAction = MutationName | { readonly action: string; readonly operation: WriteOperation };

/** The typed record a write appends: action and operation, and the facts its code stated. */
export interface WriteRecord extends WriteFacts {
  readonly action: string;
  readonly operation: WriteOperation;
}

export function writeRecord(as: WriteAction, facts: WriteFacts): WriteRecord {
  if (typeof as === 'string') return { action: `Mutation.${as}`, operation: mutationOperations[as], ...facts };
  return { ...as, ...facts };
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
    this.chain = new AuditChain(service, (query) => db.write(query));
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
