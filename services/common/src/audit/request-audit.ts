import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.js';
import { CrosslinkError } from '../errors/crosslink-error.js';
import type { AuditEntry, AuditOperation, AuditRecord } from './audit-event.js';
import type { WriteRecord } from './write-record.js';

// The purpose header is read in purpose.ts; re-exported here, where its users have always found it.
export { PURPOSE_HEADER, purposeFrom } from './purpose.js';

/**
 * The audit of one request in one service. Records consulted on the way to the response are
 * collected here and written once, before the response leaves (see read-audit.ts); writes are
 * audited inside their own transaction by the audited writer (see audited-writer.ts), with the
 * event this audit makes of the record the write states.
 */
export class RequestAudit {
  private readonly consulted = new Map<string, Set<AuditRecord>>();
  private foreign = false;

  constructor(
    readonly principal: Principal,
    readonly requestId: string,
    readonly purpose: string | null,
    readonly service: string,
  ) {}

  /**
   * Notes that `label:id` reached the response of `action`. `record` is the object as its resolver
   * returned it: when it is another force's data (see isForeignRecord) the answer needs a purpose.
   */
  consult(action: string, label: string, id: string, record: unknown = undefined): void {
    let records = this.consulted.get(action);
    if (records === undefined) {
      records = new Set();
      this.consulted.set(action, records);
    }
    records.add(`${label}:${id}`);
    if (isForeignRecord(record, this.principal.force)) this.foreign = true;
  }

  /** Notes a record (`Label:key`) a service returned to `action`; `foreign` when it is another force's data. */
  consultRecord(action: string, record: AuditRecord, foreign: boolean): void {
    let records = this.consulted.get(action);
    if (records === undefined) {
      records = new Set();
      this.consulted.set(action, records);
    }
    records.add(record);
    if (foreign) this.foreign = true;
  }

  /** Other forces' records left out of lists for want of a purpose, over the whole request. */
  withheld = 0;

  /** Reading another force's data needs a stated purpose. */
  get purposeMissing(): boolean {
    return this.foreign && this.purpose === null;
  }

  /**
   * Refuses, with PURPOSE_REQUIRED, a write that touched another force's data — records owned by
   * another force, or reached only through another force's case, as the write states — when no
   * purpose was stated. The audited writer calls it inside the write transaction, before the audit
   * event, so a refused write rolls back and leaves nothing behind: neither the change nor its event.
   */
  assertPurposeFor(touched: { readonly owners?: readonly string[]; readonly foreign?: boolean }): void {
    const foreign = touched.foreign === true || (touched.owners ?? []).some((force) => force !== this.principal.force);
    if (this.purpose === null && foreign) {
      throw new CrosslinkError('PURPOSE_REQUIRED', 'This touches another force’s data, which needs a purpose: send it in the x-crosslink-purpose header');
    }
  }

  /** Refuses, with PURPOSE_REQUIRED, anything that always needs a purpose (an export), whoever owns the data. */
  requirePurpose(what: string): string {
    if (this.purpose === null) throw new CrosslinkError('PURPOSE_REQUIRED', `${what} needs a purpose: send it in the x-crosslink-purpose header`);
    return this.purpose;
  }

  /** The event of a write, as its code stated it (see audited-writer.ts). */
  writeEntry(record: WriteRecord): AuditEntry {
    return this.entry(record.operation, record.action, [...new Set(record.records)].sort(), record.recipients ?? []);
  }

  /** Consultation events gathered so far, one per root field; clears them. */
  drainConsultations(): AuditEntry[] {
    const entries = [...this.consulted].map(([action, records]) => this.entry('CONSULTATION', action, [...records].sort(), []));
    this.consulted.clear();
    return entries;
  }

  private entry(operation: AuditOperation, action: string, records: readonly AuditRecord[], recipients: readonly string[]): AuditEntry {
    return {
      id: randomUUID(),
      at: new Date().toISOString(),
      userId: this.principal.userId,
      username: this.principal.username,
      force: this.principal.force,
      operation,
      action,
      records,
      recipients,
      purpose: this.purpose,
      requestId: this.requestId,
      service: this.service,
    };
  }
}

/**
 * Whether an object, as a resolver or a statement returned it, is data the caller sees only through
 * another force's case. Repositories project `foreign` (a boolean worked out in the same Cypher as
 * visibility) beside every person, object, location, referral and intelligence item; a case, or a
 * record that carries its case's force (an action), is foreign when that `force` is not the
 * caller's. An explicit `foreign` wins over `force`.
 */
export function isForeignRecord(record: unknown, callerForce: string): boolean {
  if (record === null || typeof record !== 'object') return false;
  const { id, force, foreign } = record as { id?: unknown; force?: unknown; foreign?: unknown };
  if (typeof foreign === 'boolean') return foreign;
  return typeof id === 'string' && typeof force === 'string' && force !== callerForce;
}
