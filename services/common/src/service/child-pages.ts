import DataLoader from 'dataloader';

/** One parent's page of a nested connection: the parent, the client's cursor, and rows to fetch (page size + 1). */
export interface ChildPageKey {
  readonly parentId: string;
  readonly after: string | null;
  readonly limit: number;
}

/** Fetches the pages of many parents at once, all after the same cursor; parents with no rows may be left out. */
export type ChildPagesFetch<T> = (parentIds: readonly string[], after: string | null, limit: number) => Promise<ReadonlyMap<string, readonly T[]>>;

/**
 * Batches a nested paged field (a case's `history`, `timeline`, `actions`) across the parents of one
 * request: a page of cases costs one query per nested field, not one per case. Keys are grouped by
 * (after, limit), so each parent still gets its own first `limit` rows after the cursor — the same
 * page the field returns when asked for alone. A failure (e.g. BAD_CURSOR) fails only the keys of
 * its group. One loader per request: what it caches is what that request's caller may see.
 */
export function childPageLoader<T>(fetch: ChildPagesFetch<T>): DataLoader<ChildPageKey, readonly T[], string> {
  return new DataLoader<ChildPageKey, readonly T[], string>(
    async (keys) => {
      const groups = new Map<string, { after: string | null; limit: number; parentIds: string[] }>();
      for (const key of keys) {
        const id = groupOf(key);
        const group = groups.get(id) ?? { after: key.after, limit: key.limit, parentIds: [] };
        if (!group.parentIds.includes(key.parentId)) group.parentIds.push(key.parentId);
        groups.set(id, group);
      }
      const fetched = new Map<string, ReadonlyMap<string, readonly T[]> | Error>();
      await Promise.all(
        [...groups].map(async ([id, group]) => {
          try {
            fetched.set(id, await fetch(group.parentIds, group.after, group.limit));
          } catch (error) {
            fetched.set(id, error instanceof Error ? error : new Error(String(error)));
          }
        }),
      );
      return keys.map((key) => {
        const pages = fetched.get(groupOf(key));
        return pages instanceof Error ? pages : (pages?.get(key.parentId) ?? []);
      });
    },
    { cacheKeyFn: (key) => JSON.stringify([key.parentId, key.after, key.limit]) },
  );
}

function groupOf(key: ChildPageKey): string {
  return JSON.stringify([key.after, key.limit]);
}

/** Groups rows by their parent's id, keeping their order. */
export function byParent<T>(rows: readonly { parentId: string; row: T }[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const { parentId, row } of rows) {
    const list = grouped.get(parentId);
    if (list === undefined) grouped.set(parentId, [row]);
    else list.push(row);
  }
  return grouped;
}
