/** What a workload bar shows of a team or an officer. */
export interface Load {
  readonly openCases: number;
  readonly openActions: number;
  readonly overdueActions: number;
}

/** The bar's segments, in percent of the bar's full width: cases, actions on time, overdue actions. */
export interface LoadSegments {
  readonly cases: number;
  readonly actions: number;
  readonly overdue: number;
}

const count = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);

/** Everything open: cases in charge and actions allocated. */
export function loadOf(row: Load): number {
  return count(row.openCases) + count(row.openActions);
}

/** The load a full bar stands for: the largest among the rows shown together (0 when all are idle). */
export function scaleOf(rows: readonly Load[]): number {
  return rows.reduce((largest, row) => Math.max(largest, loadOf(row)), 0);
}

const tenth = (value: number): number => Math.round(value * 10) / 10;

/**
 * The widths of a row's bar against `scale`. Overdue actions are a part of the open actions, drawn
 * apart; a row above the scale (a page read after the scale was set) fills the bar and no more.
 */
export function loadSegments(row: Load, scale: number): LoadSegments {
  const total = loadOf(row);
  if (!(scale > 0) || total === 0) return { cases: 0, actions: 0, overdue: 0 };
  const full = Math.max(scale, total);
  const actions = count(row.openActions);
  const overdue = Math.min(count(row.overdueActions), actions);
  return {
    cases: tenth((count(row.openCases) / full) * 100),
    actions: tenth(((actions - overdue) / full) * 100),
    overdue: tenth((overdue / full) * 100),
  };
}

/** The open cases and actions of one priority, 0 when the breakdown has none. */
export function priorityCount(
  byPriority: readonly { priority: string; cases: number; actions: number }[],
  priority: string,
): { cases: number; actions: number } {
  const found = byPriority.find((entry) => entry.priority === priority);
  return { cases: found?.cases ?? 0, actions: found?.actions ?? 0 };
}

/** The rows' counts added up, e.g. a force's over its teams. */
export function totalOf(rows: readonly Load[]): Load {
  return rows.reduce<Load>(
    (sum, row) => ({
      openCases: sum.openCases + count(row.openCases),
      openActions: sum.openActions + count(row.openActions),
      overdueActions: sum.overdueActions + count(row.overdueActions),
    }),
    { openCases: 0, openActions: 0, overdueActions: 0 },
  );
}
