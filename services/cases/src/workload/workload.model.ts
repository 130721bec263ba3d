import type { Priority } from '../case/case.model.js';

export interface OfficerWorkload {
  readonly officer: string;
  /** Cases in the force, not CLOSED, with this officer in charge. */
  readonly openCases: number;
  /** Actions allocated to the officer and not yet completed. */
  readonly openActions: number;
  /** Open actions whose due date has passed. */
  readonly overdueActions: number;
  readonly byPriority: readonly { readonly priority: Priority; readonly cases: number; readonly actions: number }[];
}
