import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.js';
import type { AuditEntry, AuditOperation, AuditRecord } from './audit-event.js';

/** The header a caller states the purpose (justification) of a request in; the gateway forwards it. */
export const PURPOSE_HEADER = 'x-crosslink-purpose';

/** A stated purpose: 3–500 printable characters. Anything else counts as none. */
export function purposeFrom(header: string | string[] | undefined): string | null {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (value === undefined || value.length < 3 || value.length > 500 || [...value].some(isControl)) return null;
  return value;
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/**
 * Which DPA s.62 operation a mutation performs, from its name: `link…` combines records, `share…`
 * discloses them, `revoke…`/`update…`/`change…`/`assign…`/`transfer…` alter, `delete…`/`erase…`
 * erase, anything else (`create…`, `record…`, `raise…`) collects.
 */
export function operationOf(mutation: string): AuditOperation {
  if (/^(link|join)/.test(mutation)) return 'COMBINATION';
  if (/^(share|export)/.test(mutation)) return 'DISCLOSURE';
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

  /** Notes that `label:id` reached the response of `action`; `force` is the owning force when known. */
  consult(action: string, label: string, id: string, force?: string): void {
    let records = this.consulted.get(action);
    if (records === undefined) {
      records = new Set();
      this.consulted.set(action, records);
    }
    records.add(`${label}:${id}`);
    if (force !== undefined && force !== this.principal.force) this.foreign = true;
  }

  /** Reading another force's data needs a stated purpose. */
  get purposeMissing(): boolean {
    return this.foreign && this.purpose === null;
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
 * Record references found in a write's result: every object with a string `id`, labelled by the
 * field it sits in, and every `…Id` field (a `caseId` names a Case), two levels deep.
 */
export function recordsIn(result: unknown, depth = 2): AuditRecord[] {
  const found = new Set<AuditRecord>();
  const visit = (value: unknown, level: number, key: string) => {
    if (value === null || typeof value !== 'object' || level > depth) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, level, key);
      return;
    }
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string') found.add(`${labelFor(key)}:${id}`);
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
