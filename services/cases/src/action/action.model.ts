import type { Priority } from '../case/case.model.js';
import type { ActionStatus } from './action.lifecycle.js';

/** A task raised on a case or an operation, worked by one officer of a participating force. */
export interface Action {
  readonly id: string;
  readonly description: string;
  readonly priority: Priority;
  /** YYYY-MM-DD, or null when there is no deadline. */
  readonly dueDate: string | null;
  readonly status: ActionStatus;
  readonly raisedAt: string;
  readonly raisedBy: string;
  readonly allocatedTo: string | null;
  readonly allocatedForce: string | null;
  readonly allocatedAt: string | null;
  readonly result: string | null;
  readonly completedAt: string | null;
  readonly resultedAt: string | null;
  readonly resultedBy: string | null;
  readonly filedAt: string | null;
  readonly filedBy: string | null;
  /** Remarks, and the reasons it was returned, in no particular order (the resolver sorts them). */
  readonly comments: readonly ActionComment[];
  /** Exactly one of these is set: what the action was raised on. */
  readonly caseId: string | null;
  readonly operationId: string | null;
  /** The force that owns the action: its case's force, or its operation's lead force. */
  readonly force: string;
}

/** An action as read for a change: with the forces whose officers may be allocated it. */
export interface ActionForChange extends Action {
  readonly participants: readonly string[];
}

export type ActionTarget = { readonly kind: 'Case'; readonly id: string } | { readonly kind: 'Operation'; readonly id: string };

export interface NewAction {
  readonly id: string;
  readonly target: ActionTarget;
  readonly description: string;
  readonly priority: Priority;
  readonly dueDate: string | null;
  readonly raisedBy: string;
}

/** A remark on an action, or the reason a supervisor returned it to the officer. */
export interface ActionComment {
  readonly id: string;
  readonly text: string;
  readonly by: string;
  readonly kind: 'COMMENT' | 'RETURN';
  readonly at: string;
}
