import type { Priority } from '../case/case.model.js';

export interface PriorityCount {
  readonly priority: Priority;
  readonly cases: number;
  readonly actions: number;
}

export interface OfficerWorkload {
  readonly officer: string;
  /** The officer's team, from their record; null when they are in none or have no record yet. */
  readonly team: string | null;
  readonly displayName: string | null;
  /** Cases in the force, not CLOSED, with this officer in charge. */
  readonly openCases: number;
  /** Actions allocated to the officer and not yet completed. */
  readonly openActions: number;
  /** Open actions whose due date has passed. */
  readonly overdueActions: number;
  readonly byPriority: readonly PriorityCount[];
}

/** A team's load: its officers' loads summed. */
export interface TeamWorkload {
  /** Null for the force's officers who are in no team. */
  readonly team: string | null;
  /** Officers of the team with a record or with something open. */
  readonly officers: number;
  readonly openCases: number;
  readonly openActions: number;
  readonly overdueActions: number;
  readonly byPriority: readonly PriorityCount[];
}
