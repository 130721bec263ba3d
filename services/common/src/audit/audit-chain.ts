import type { AuditEntry, AuditEvent } from './audit-event.js';
import { appendAfter, appendInTransaction, readHead, type StatementRunner } from './audit-trail.js';
import type { ChainHead } from './hash-chain.js';

/**
 * How often an append follows a head that other writers keep moving before it gives up. Each lost
 * attempt means another append (of this service's other instances or its write transactions) went
 * through, so the bound only needs to exceed how many of those can arrive in one burst: a busy
 * service's few dozen, with room to spare.
 */
const MAX_ATTEMPTS = 64;

interface Pending {
  readonly entries: readonly AuditEntry[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * One service's chain of the audit trail, as this process writes it. Each service appends to a chain
 * of its own, so services never queue behind one another for the trail's lock. The process remembers
 * the head it last wrote, so an append is one statement and one commit; when another writer (a second
 * instance of the service) has moved the head on, the append learns the new head and tries again.
 *
 * Consultations from concurrent requests that arrive while a commit is in flight wait and go together
 * in the next one: every request still answers only after its own events are durable, and a busy
 * service pays one commit per batch rather than one per request.
 */
export class AuditChain {
  private head: ChainHead | null = null;
  private queue: Pending[] = [];
  private flushing = false;

  constructor(
    readonly name: string,
    /** Runs one statement in a write transaction of its own (auto-commit). */
    private readonly runAlone: StatementRunner,
  ) {}

  /** Appends entries in a commit of their own; resolves once they are durable. */
  append(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entries, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /**
   * Appends entries inside a write transaction the caller holds (a write and its audit commit
   * together). Call `committed` with the result once the transaction has committed.
   */
  appendIn(runInTransaction: StatementRunner, entries: readonly AuditEntry[]): Promise<AuditEvent[]> {
    return appendInTransaction(runInTransaction, this.name, entries, this.head ?? undefined);
  }

  /** Remembers the newest head this process has seen committed. */
  committed(events: readonly AuditEvent[]): void {
    const last = events.at(-1);
    if (last !== undefined && (this.head === null || last.seq > this.head.seq)) this.head = { seq: last.seq, hash: last.hash };
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.commit(batch.flatMap((pending) => pending.entries));
        for (const pending of batch) pending.resolve();
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    this.flushing = false;
  }

  private async commit(entries: readonly AuditEntry[]): Promise<void> {
    try {
      let expected = this.head ?? (await readHead(this.runAlone, this.name));
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const outcome = await appendAfter(this.runAlone, this.name, entries, expected);
        if ('written' in outcome) {
          this.committed(outcome.written);
          return;
        }
        expected = outcome.moved;
      }
      throw new Error(`audit chain ${this.name} kept moving; ${entries.length} events not written`);
    } catch (error) {
      this.head = null;
      throw error;
    }
  }
}
