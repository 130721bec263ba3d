import { CrosslinkError } from '@crosslink/common';

/**
 * The life of an action (major-incident practice): raised FOR_ALLOCATION; a supervisor ALLOCATES it
 * to an officer (and may reallocate it while it is not done); the officer COMPLETES it with a
 * result; a supervisor reviews the result (RESULTED) and finally FILES it. A supervisor who finds
 * the result wanting — on review, or after accepting it but before filing — RETURNS it to the
 * officer (ALLOCATED again), saying why.
 */
export const actionStatuses = ['FOR_ALLOCATION', 'ALLOCATED', 'COMPLETED', 'RESULTED', 'FILED'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionSteps = ['ALLOCATE', 'COMPLETE', 'RESULT', 'RETURN', 'FILE'] as const;
export type ActionStep = (typeof actionSteps)[number];

const steps: Readonly<Record<ActionStep, { readonly from: readonly ActionStatus[]; readonly to: ActionStatus }>> = {
  ALLOCATE: { from: ['FOR_ALLOCATION', 'ALLOCATED'], to: 'ALLOCATED' },
  COMPLETE: { from: ['ALLOCATED'], to: 'COMPLETED' },
  RESULT: { from: ['COMPLETED'], to: 'RESULTED' },
  RETURN: { from: ['COMPLETED', 'RESULTED'], to: 'ALLOCATED' },
  FILE: { from: ['RESULTED'], to: 'FILED' },
};

/** The status a step leads to from `from`; INVALID_TRANSITION when the step is not open from there. */
export function nextActionStatus(from: ActionStatus, step: ActionStep): ActionStatus {
  const { from: open, to } = steps[step];
  if (!open.includes(from)) {
    throw new CrosslinkError('INVALID_TRANSITION', `An action that is ${from} cannot be moved by ${step}`, { field: 'input.actionId', from, to, step });
  }
  return to;
}

/** What the caller is to this action. */
export interface ActionActor {
  /** A supervisor of the force that owns the action (its case's force, its operation's lead) or of the hub. */
  readonly supervisesOwner: boolean;
  /** The officer the action is allocated to. */
  readonly isAllocatedOfficer: boolean;
}

/** Supervisors allocate, result, return and file; only the allocated officer completes the work. */
export function mayTakeStep(step: ActionStep, actor: ActionActor): boolean {
  return step === 'COMPLETE' ? actor.isAllocatedOfficer : actor.supervisesOwner;
}

/** Checks both who and whether, who first: a caller who may not take the step learns nothing about its state. */
export function checkActionStep(from: ActionStatus, step: ActionStep, actor: ActionActor): ActionStatus {
  if (!mayTakeStep(step, actor)) {
    const who = step === 'COMPLETE' ? 'the officer it is allocated to' : 'a supervisor of the owning force or the hub';
    throw new CrosslinkError('FORBIDDEN', `Only ${who} may ${step.toLowerCase()} this action`, { field: 'input.actionId', step });
  }
  return nextActionStatus(from, step);
}

/** Overdue: still to be done (not yet completed) after its due date, counted in UTC days. */
export function isOverdue(action: { readonly status: ActionStatus; readonly dueDate: string | null }, now: Date): boolean {
  const open = action.status === 'FOR_ALLOCATION' || action.status === 'ALLOCATED';
  return open && action.dueDate !== null && action.dueDate < now.toISOString().slice(0, 10);
}

/** Something the raiser should know about an action as raised; it does not refuse the action. */
export interface ActionWarning {
  readonly code: 'DUE_DATE_PASSED';
  readonly field: string;
  readonly message: string;
}

/** A due date before the (UTC) day the action was raised: overdue from the start, perhaps a typo. */
export function raisingWarnings(action: { readonly dueDate: string | null; readonly raisedAt: string }): ActionWarning[] {
  if (action.dueDate === null || action.dueDate >= action.raisedAt.slice(0, 10)) return [];
  return [{ code: 'DUE_DATE_PASSED', field: 'input.dueDate', message: `The due date ${action.dueDate} had already passed when the action was raised` }];
}
