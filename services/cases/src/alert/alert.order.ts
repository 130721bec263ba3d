import type { Alert } from './alert.model.js';

/**
 * An instant as Neo4j writes it (2026-11-30T04:41:46.12Z: as many fraction digits as it needs) in
 * a form that sorts as text: the fraction padded to nanoseconds.
 */
export function sortableInstant(at: string): string {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(at);
  if (match === null) return at;
  return `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}Z`;
}

/** Newest first, then by id descending: the order of the inbox and of its cursors. */
export function newestFirst(a: Alert, b: Alert): number {
  const [x, y] = [sortableInstant(a.at), sortableInstant(b.at)];
  if (x !== y) return x < y ? 1 : -1;
  return a.alertId < b.alertId ? 1 : a.alertId > b.alertId ? -1 : 0;
}

/** The first `limit` alerts of several newest-first lists, in inbox order. */
export function mergeNewestFirst(lists: readonly (readonly Alert[])[], limit: number): Alert[] {
  return lists.flat().sort(newestFirst).slice(0, limit);
}
