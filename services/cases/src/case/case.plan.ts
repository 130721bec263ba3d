import type { Case, CaseStatus } from './case.model.js';
import type { CaseChangeRecord, CasePlan, CaseProperties } from './case-change.cypher.js';
import { checkStatusChange } from './case.status.js';
import type { CaseUpdate } from './case.validation.js';

/**
 * Pure planning of case changes: given the case as it is and what was asked, what to set and what
 * to record in its history. Fields that would not change are neither set nor recorded.
 */
const asText = (value: string | readonly string[] | null): string | null => (value === null ? null : typeof value === 'string' ? value : value.join(','));

export function planStatusChange(current: Case, to: CaseStatus, reason: string | null | undefined): CasePlan {
  const recorded = checkStatusChange(current.status, to, reason);
  return {
    set: { status: to },
    changes: [{ field: 'status', from: current.status, to }],
    reason: recorded,
    opens: to === 'OPEN' || to === 'ACTIVE',
    closes: to === 'CLOSED',
    reopens: current.status === 'CLOSED',
  };
}

export function planUpdate(current: Case, update: CaseUpdate, reason: string | null): CasePlan {
  const set: CaseProperties = {};
  const changes: CaseChangeRecord[] = [];
  for (const [field, value] of Object.entries(update) as [keyof CaseUpdate, string | readonly string[] | null][]) {
    const from = asText(current[field]);
    const to = asText(value);
    if (from === to) continue;
    set[field] = value;
    changes.push({ field, from, to });
  }
  return { set, changes, reason };
}

export function planOfficerInCharge(current: Case, officer: string, reason: string | null): CasePlan {
  if (current.officerInCharge === officer) return { set: {}, changes: [], reason };
  return {
    set: { officerInCharge: officer },
    changes: [{ field: 'officerInCharge', from: current.officerInCharge, to: officer }],
    reason,
  };
}
