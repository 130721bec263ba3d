import { CaseStatus } from '../../api/schema-enums.js';

/**
 * The case lifecycle as the schema's CaseStatus documents it: REFERRED → OPEN → ACTIVE → SUSPENDED
 * or CLOSED; SUSPENDED → ACTIVE; CLOSED → OPEN or ACTIVE (reopening, with a reason, by a
 * supervisor). Closing is a supervisor's decision too. The gateway has the last word
 * (INVALID_TRANSITION, FORBIDDEN); this only decides which steps the page offers.
 */
export const caseStatuses: readonly CaseStatus[] = Object.values(CaseStatus);

const next: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  REFERRED: ['OPEN'],
  OPEN: ['ACTIVE'],
  ACTIVE: ['SUSPENDED', 'CLOSED'],
  SUSPENDED: ['ACTIVE'],
  CLOSED: ['OPEN', 'ACTIVE'],
};

export function isCaseStatus(value: string): value is CaseStatus {
  return (caseStatuses as readonly string[]).includes(value);
}

/** The statuses a case may move to from `from`. */
export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return next[from];
}

/** Reopening a closed case needs a reason, recorded in its history. */
export function needsReason(from: CaseStatus, to: CaseStatus): boolean {
  return from === 'CLOSED' && to !== 'CLOSED';
}

/** Closing and reopening are supervisors' decisions; the other steps are the investigation team's. */
export function isSupervisorDecision(from: CaseStatus, to: CaseStatus): boolean {
  return to === 'CLOSED' || from === 'CLOSED';
}

/** The steps open to an officer with these roles: detectives and supervisors move cases, supervisors alone close and reopen. */
export function stepsFor(from: CaseStatus, roles: readonly string[]): readonly CaseStatus[] {
  const supervisor = roles.includes('supervisor');
  if (!supervisor && !roles.includes('detective')) return [];
  return nextStatuses(from).filter((to) => supervisor || !isSupervisorDecision(from, to));
}

/** The words on the button that takes a case from `from` to `to`. */
export function stepLabel(from: CaseStatus, to: CaseStatus): string {
  if (from === 'CLOSED') return to === 'OPEN' ? 'Reopen (open)' : 'Reopen (active)';
  switch (to) {
    case 'OPEN':
      return 'Open the case';
    case 'ACTIVE':
      return from === 'SUSPENDED' ? 'Resume (active)' : 'Make active';
    case 'SUSPENDED':
      return 'Suspend';
    case 'CLOSED':
      return 'Close the case';
    default:
      return to;
  }
}

/**
 * Whether the officer may change the case at all: its own force's officers, and supervisors (the
 * hub's may change any force's cases; the console does not know which force is the hub, so another
 * force's supervisor is offered the steps and the gateway refuses them with FORBIDDEN).
 */
export function worksOn(officer: { readonly force: string; readonly roles: readonly string[] }, caseForce: string): boolean {
  if (!officer.roles.includes('detective') && !officer.roles.includes('supervisor')) return false;
  return officer.force === caseForce || officer.roles.includes('supervisor');
}
