import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.js';
import { CrosslinkError } from '../errors/crosslink-error.js';
import type { AuditEntry, AuditOperation, AuditRecord } from './audit-event.js';

// The purpose header is read in purpose.ts; re-exported here, where its users have always found it.
export { PURPOSE_HEADER, purposeFrom } from './purpose.js';

/**
 * Which DPA s.62 operation a mutation performs, from its name: `link…` and `addCaseTo…` combine
 * records, `share…`, `export…` and `addOperationParticipant` (which lets a force see every case of
 * the operation) disclose them, `revoke…`/`update…`/`change…`/`assign…`/`transfer…` alter,
 * `delete…`/`erase…` erase, anything else (`create…`, `record…`, `raise…`) collects.
 */
export function operationOf(mutation: string): AuditOperation {
  if (/^(link|join|addCaseTo)/.test(mutation)) return 'COMBINATION';
  if (/^(share|export|addOperationParticipant)/.test(mutation)) return 'DISCLOSURE';
  if (/^(delete|erase|remove)/.test(mutation)) return 'ERASURE';
  if (/^(update|change|assign|transfer|revoke|allocate|complete|result|file|reopen|set)/.test(mutation)) return 'ALTERATION';
  return 'COLLECTION';
}

/**
 * The audit of one request in one service. Records consulted on the way to the response are
 * collected here and written once, before the response leaves (see audit-plugin.ts); writes are
 * audited inside their own transaction by the executor (see executor.ts).
 */
export class RequestAudit {
  private readonly consulted = new Map<string, Set<AuditRecord>>();
  private foreign = false;
  private mutation: string | null = null;

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

  /** Reading another force's data needs a stated purpose. */
  get purposeMissing(): boolean {
    return this.foreign && this.purpose === null;
  }

  /**
   * Refuses, with PURPOSE_REQUIRED, a write whose result holds another force's data when no purpose
   * was stated. The executor calls it inside the write transaction, before the audit event, so a
   * refused write rolls back and leaves nothing behind — neither the change nor its event.
   */
  assertPurposeFor(result: unknown): void {
    if (this.purpose === null && holdsForeignData(result, this.principal.force)) {
      throw new CrosslinkError('PURPOSE_REQUIRED', 'This touches another force’s data, which needs a purpose: send it in the x-crosslink-purpose header');
    }
  }

  /** Refuses, with PURPOSE_REQUIRED, anything that always needs a purpose (an export), whoever owns the data. */
  requirePurpose(what: string): string {
    if (this.purpose === null) throw new CrosslinkError('PURPOSE_REQUIRED', `${what} needs a purpose: send it in the x-crosslink-purpose header`);
    return this.purpose;
  }

  /** Root mutation fields run one after another; the executor attributes writes to the current one. */
  beginMutation(field: string): void {
    this.mutation = field;
  }

  /**
   * The event a write transaction appends for the current mutation (or for `as`, a write that is not
   * the mutation's own), naming the records it returned.
   */
  writeEntry(records: readonly AuditRecord[], recipients: readonly string[] = [], as?: { readonly action: string; readonly operation: AuditOperation }): AuditEntry {
    if (as !== undefined) return this.entry(as.operation, as.action, records, recipients);
    const action = this.mutation === null ? 'Mutation' : `Mutation.${this.mutation}`;
    return this.entry(this.mutation === null ? 'COLLECTION' : operationOf(this.mutation), action, records, recipients);
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

/** Whether a write's result holds a foreign record anywhere (rows, their records and what those nest), `depth` levels deep. */
export function holdsForeignData(result: unknown, callerForce: string, depth = 3): boolean {
  const visit = (value: unknown, level: number): boolean => {
    if (value === null || typeof value !== 'object' || level > depth) return false;
    if (Array.isArray(value)) return value.some((item) => visit(item, level));
    if (isForeignRecord(value, callerForce)) return true;
    return Object.values(value).some((child) => visit(child, level + 1));
  };
  return visit(result, 0);
}

/**
 * Record references found in a write's result: every object with a string `id`, labelled by its
 * `__typename` when the statement projected one (repositories do, for the records they return whole)
 * or else by the field it sits in, and every `…Id` field (a `caseId` names a Case), two levels deep.
 */
export function recordsIn(result: unknown, depth = 2): AuditRecord[] {
  const found = new Set<AuditRecord>();
  const visit = (value: unknown, level: number, key: string) => {
    if (value === null || typeof value !== 'object' || level > depth) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, level, key);
      return;
    }
    const { id, __typename: typename } = value as { id?: unknown; __typename?: unknown };
    if (typeof id === 'string') found.add(`${typeof typename === 'string' ? typename : labelFor(key)}:${id}`);
    for (const [childKey, child] of Object.entries(value)) {
      const reference = /^([a-z][A-Za-z]*)Id$/.exec(childKey)?.[1];
      if (reference !== undefined && typeof child === 'string') found.add(`${labelFor(reference)}:${child}`);
      visit(child, level + 1, childKey);
    }
  };
  visit(result, 0, '');
  return [...found].sort();
}

function labelFor(key: string): string {
  return key === '' ? 'Record' : key.charAt(0).toUpperCase() + key.slice(1);
}
