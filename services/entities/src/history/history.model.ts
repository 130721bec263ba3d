/**
 * The history of a person or an NRM referral: one entry per field a change touched, like a case's
 * history (CaseChange). Entries are appended, never updated or removed, so an earlier value — an
 * erased date of birth, a withdrawn decision — is never lost.
 */
export interface RecordChange {
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly field: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly reason: string | null;
}

/** One field's change, as a plan records it. */
export interface FieldChange {
  readonly field: string;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * The labels that keep a history, and the label of their entries. Labels reach Cypher only from
 * this table, never from input.
 */
export const historyLabels = { Person: 'PersonChange', NrmReferral: 'NrmChange' } as const;
export type HistoryOwner = keyof typeof historyLabels;

/** As text, the way a history shows a value: a list joined by commas, nothing as null. */
export function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(',');
  return String(value);
}

/**
 * Entries of one change, with ids that keep their order: entries written together share an
 * instant, so their ids (`<change>:<nn>`) order them as the plan listed them.
 */
export function entriesOf(changeId: string, changes: readonly FieldChange[]): (FieldChange & { id: string })[] {
  return changes.map((change, index) => ({ ...change, id: `${changeId}:${String(index).padStart(3, '0')}` }));
}
