import type { AuditRecord } from './audit-event.js';
import { mutationOperations, type MutationName, type WriteOperation } from './mutation-operations.js';

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
