import { useCallback, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { withheldOf } from '../../api/errors.js';
import { Empty, Loading, Problem, WithheldNotice } from '../../ui/states.js';
import type { PageInfo } from './case-data.js';

/** The cursors of the pages of a list shown so far (null: the first page), and a way to ask for the next. */
export function usePages(): [(string | null)[], (cursor: string) => void] {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const more = useCallback((cursor: string) => setPages((all) => (all.includes(cursor) ? all : [...all, cursor])), []);
  return [pages, more];
}

/** The last row of a paged table: its state (loading, refused, withheld, empty) and "Show more". */
export function PageFoot({
  colSpan,
  what,
  empty,
  first,
  loaded,
  count,
  fetching,
  error,
  extensions,
  retry,
  pageInfo,
  onMore,
  children,
}: {
  colSpan: number;
  what: string;
  empty: string;
  first: boolean;
  loaded: boolean;
  count: number;
  fetching: boolean;
  error: CombinedError | undefined;
  extensions: Record<string, unknown> | undefined;
  retry: () => void;
  pageInfo: PageInfo | undefined;
  onMore: (cursor: string) => void;
  /** Anything else to say about the list, e.g. that part of it could not be loaded. */
  children?: ReactNode;
}) {
  const cursor = pageInfo?.hasNextPage ? pageInfo.endCursor : null;
  return (
    <tr className="list-foot">
      <td colSpan={colSpan}>
        {fetching && !loaded ? <Loading what={what} /> : null}
        <Problem error={error} retry={retry} />
        <WithheldNotice withheld={withheldOf(extensions)} />
        {children}
        {loaded && count === 0 && first ? <Empty>{empty}</Empty> : null}
        {cursor !== null ? (
          <button type="button" className="secondary" onClick={() => onMore(cursor)}>
            Show more {what}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
