import { ActionStatus } from '../api/schema-enums.js';

/**
 * Which step buttons an action offers, by its status and who is looking. The cases service decides
 * (action.lifecycle.ts: FOR_ALLOCATION → ALLOCATED → COMPLETED → RESULTED → FILED); this only keeps
 * the console from offering a step it would refuse.
 */
export const actionStatuses: readonly ActionStatus[] = Object.values(ActionStatus);

/** COMPLETE → completeAction (with a result), RESULT → resultAction, FILE → fileAction, COMMENT → commentOnAction. */
export type ActionStepButton = 'COMPLETE' | 'RESULT' | 'FILE' | 'COMMENT';

export interface ActionViewer {
  /** The action is allocated to the viewer: only they complete it. */
  readonly allocatedToMe: boolean;
  /** The viewer is a supervisor: supervisors accept results and file. */
  readonly supervisor: boolean;
}

export const stepLabels: Readonly<Record<ActionStepButton, string>> = {
  COMPLETE: 'Complete',
  RESULT: 'Accept result',
  FILE: 'File',
  COMMENT: 'Comment',
};

/** The steps open to the viewer from `status`, in the order the buttons appear. */
export function stepsFor(status: ActionStatus, viewer: ActionViewer): ActionStepButton[] {
  const steps: ActionStepButton[] = [];
  if (status === 'ALLOCATED' && viewer.allocatedToMe) steps.push('COMPLETE');
  if (status === 'COMPLETED' && viewer.supervisor) steps.push('RESULT');
  if (status === 'RESULTED' && viewer.supervisor) steps.push('FILE');
  // The allocated officer and supervisors may comment whatever the status.
  if (viewer.allocatedToMe || viewer.supervisor) steps.push('COMMENT');
  return steps;
}

/** A status string from the gateway, or null when it is none the console knows. */
export function asActionStatus(value: string): ActionStatus | null {
  return (actionStatuses as readonly string[]).includes(value) ? (value as ActionStatus) : null;
}
