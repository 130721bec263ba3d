import { caseVisible, cypher, type CypherQuery, type ViewerParams } from '@crosslink/common';
import type { CaseField } from './case.model.js';
import { caseProjection, type CaseRow } from './case.cypher.js';

/**
 * Reads a visible case for a change and takes its write lock first (by writing to it), so two
 * concurrent changes are applied one after the other, each checked against the state the other left.
 */
export function lockCase(caseId: string, viewer: ViewerParams): CypherQuery<CaseRow> {
  return cypher(
    `MATCH (c:Case {id: $caseId}) WHERE ${caseVisible('c')}
     SET c._lock = true
     REMOVE c._lock
     RETURN ${caseProjection('c')} AS case`,
    { caseId, ...viewer },
  );
}

/** Property values a change may set, by field; the keys are checked against this list. */
export type CaseProperties = Partial<Record<CaseField, string | readonly string[] | null>>;

export interface CaseChangeRecord {
  readonly field: CaseField;
  readonly from: string | null;
  readonly to: string | null;
}

export interface CasePlan {
  readonly set: CaseProperties;
  readonly changes: readonly CaseChangeRecord[];
  readonly reason: string | null;
  /** Status steps that stamp the lifecycle instants. */
  readonly opens?: boolean;
  readonly closes?: boolean;
  readonly reopens?: boolean;
}

const settable = new Set<string>(['status', 'title', 'summary', 'crimeTypes', 'priority', 'classification', 'caveats', 'officerInCharge']);

/**
 * Applies a planned change and records one (:CaseChange) per field, all stamped with the same
 * instant, author and reason. `openedAt` is set the first time a case is opened and never moved;
 * `closedAt` is set on closing and cleared on reopening.
 */
export function applyCaseChanges(caseId: string, plan: CasePlan, by: string): CypherQuery<CaseRow> {
  for (const key of Object.keys(plan.set)) if (!settable.has(key)) throw new Error(`not a settable case field: ${key}`);
  return cypher(
    `MATCH (c:Case {id: $caseId})
     SET c += $set,
         c.openedAt = CASE WHEN $opens AND c.openedAt IS NULL THEN datetime() ELSE c.openedAt END,
         c.closedAt = CASE WHEN $closes THEN datetime() WHEN $reopens THEN null ELSE c.closedAt END
     WITH c
     UNWIND $changes AS change
     CREATE (c)-[:HAS_CHANGE]->(:CaseChange {
       id: randomUUID(), at: datetime(), by: $by, field: change.field,
       from: change.from, to: change.to, reason: $reason
     })
     WITH DISTINCT c
     RETURN ${caseProjection('c')} AS case`,
    {
      caseId,
      set: plan.set,
      changes: plan.changes.map((c) => ({ ...c })),
      by,
      reason: plan.reason,
      opens: plan.opens ?? false,
      closes: plan.closes ?? false,
      reopens: plan.reopens ?? false,
    },
  );
}
