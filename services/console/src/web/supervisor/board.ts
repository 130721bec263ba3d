import type { ActionStatus } from '../api/schema-enums.js';
import { actionStatuses } from '../cases/action-steps.js';

export interface BoardColumn<T> {
  readonly status: ActionStatus;
  readonly actions: readonly T[];
}

/**
 * An operation's actions as a board: one column per status, in lifecycle order, each keeping the
 * actions' order (oldest first, as the gateway gives them). A status the console does not know yet
 * goes to `other`, not lost.
 */
export function groupByStatus<T extends { readonly status: string }>(actions: readonly T[]): { columns: BoardColumn<T>[]; other: T[] } {
  const byStatus = new Map<string, T[]>(actionStatuses.map((status) => [status, []]));
  const other: T[] = [];
  for (const action of actions) {
    const column = byStatus.get(action.status);
    if (column === undefined) other.push(action);
    else column.push(action);
  }
  return { columns: actionStatuses.map((status) => ({ status, actions: byStatus.get(status) ?? [] })), other };
}

/** The pages of a list read so far, as one list: an action seen on an earlier page is not repeated. */
export function mergePages<T extends { readonly id: string }>(pages: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const all: T[] = [];
  for (const page of pages) {
    for (const item of page) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      all.push(item);
    }
  }
  return all;
}
