import { isStoredInstant } from './instant.js';
import { badCursor, decodeCursor, type CursorKey } from './pagination.js';

/**
 * Keyset pagination on (sort key, id): the cursor is the last row's pair, and the next page starts
 * strictly after it in the list's order. `kind` says how the sort key is stored, so the cursor's
 * text is compared as the same type. Variable and property names come from code, never from input.
 */
export type KeyKind = 'datetime' | 'string';

export function keysetCondition(sortExpr: string, idExpr: string, order: 'ASC' | 'DESC', kind: KeyKind): string {
  const key = kind === 'datetime' ? 'datetime($afterKey)' : '$afterKey';
  const op = order === 'ASC' ? '>' : '<';
  return `(${sortExpr} ${op} ${key} OR (${sortExpr} = ${key} AND ${idExpr} ${op} $afterId))`;
}

export function keysetParams(after: CursorKey | null): { afterKey: string | number | null; afterId: string | number | null } {
  return { afterKey: after?.[0] ?? null, afterId: after?.[1] ?? null };
}

/** Decodes an `after` cursor of (key, id); a key of the wrong shape is a cursor this list never gave out. */
export function decodeKeyset(after: string | null | undefined, kind: KeyKind): CursorKey | null {
  if (after === null || after === undefined) return null;
  const key = decodeCursor(after, 2);
  const [sort, id] = key;
  const sortOk = typeof sort === 'string' && (kind === 'string' || isStoredInstant(sort));
  if (!sortOk || typeof id !== 'string') throw badCursor();
  return key;
}
