import { CrosslinkError } from '@crosslink/common';
import type { CaseStatus } from './case.model.js';

/**
 * The case lifecycle. A case is referred (by another force or agency), opened, worked (ACTIVE),
 * possibly suspended and resumed, and closed. A closed case may be reopened to OPEN or ACTIVE, but
 * only with a recorded reason, since reopening revisits a decision someone made.
 */
const allowed: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  REFERRED: ['OPEN'],
  OPEN: ['ACTIVE'],
  ACTIVE: ['SUSPENDED', 'CLOSED'],
  SUSPENDED: ['ACTIVE'],
  CLOSED: ['OPEN', 'ACTIVE'],
};

/** Transitions that need a reason: reopening a closed case. */
export function needsReason(from: CaseStatus, to: CaseStatus): boolean {
  return from === 'CLOSED' && to !== 'CLOSED';
}

/** Closing and reopening are supervisors' decisions; the other steps are the investigation team's. */
export function isSupervisorDecision(from: CaseStatus, to: CaseStatus): boolean {
  return to === 'CLOSED' || from === 'CLOSED';
}

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return allowed[from].includes(to);
}

/**
 * Checks a status change and returns the reason to record (trimmed, or null). Refused steps throw
 * INVALID_TRANSITION on `input.status`; a reopen without a reason throws VALIDATION_FAILED on
 * `input.reason`.
 */
export function checkStatusChange(from: CaseStatus, to: CaseStatus, reason: string | null | undefined): string | null {
  if (!canMove(from, to)) {
    throw new CrosslinkError('INVALID_TRANSITION', `${withArticle(from)} case cannot move to ${to}`, { field: 'input.status', from, to });
  }
  const trimmed = reason?.trim() || null;
  if (trimmed === null && needsReason(from, to)) {
    throw new CrosslinkError('VALIDATION_FAILED', 'Reopening a closed case needs a reason', { field: 'input.reason' });
  }
  return trimmed;
}

/** "An ACTIVE", "An OPEN", "A CLOSED": every status is read as a word, so a leading vowel takes "An". */
export function withArticle(status: string): string {
  return `${/^[AEIOU]/.test(status) ? 'An' : 'A'} ${status}`;
}
