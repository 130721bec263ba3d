import { useCallback, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { withheldOf } from '../api/errors.js';
import { footState, withPage, type PageInfo } from './pages.js';
import { Empty, Loading, Problem, WithheldNotice } from './states.js';

/**
 * The cursors of the pages of a list shown so far (null: the first page), a way to ask for the
 * next, and a way back to the first page alone (to read the list afresh).
 */
export function usePages(): [(string | null)[], (cursor: string) => void, () => void] {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const more = useCallback((cursor: string) => setPages((all) => withPage(all, cursor)), []);
  const reset = useCallback(() => setPages((all) => (all.length > 1 ? [null] : all)), []);
  return [pages, more, reset];
}

/** What the foot of a paged list is told of its last page. */
interface FootProps {
  /** What the list holds, as in "Loading actions…" and "Show more actions". */
  what: string;
  /** The button's words when not "Show more <what>". */
  moreLabel?: string;
  /** Said when the list is empty: what would fill it. */
  empty: ReactNode;
  /** The last page is the list's first. */
  first: boolean;
  /** The last page's answer has come. */
  loaded: boolean;
  /** The rows of the last page. */
  count: number;
  fetching: boolean;
  error: CombinedError | undefined;
  /** The answer's extensions: what was left out for the want of a purpose. None: nothing is said of it. */
  extensions?: Record<string, unknown> | undefined;
  retry: () => void;
  pageInfo: PageInfo | undefined;
  onMore: (cursor: string) => void;
  /** Anything else to say about the list, e.g. that part of it could not be loaded. */
  children?: ReactNode;
}

/** The states of a paged list's last page (loading, refused, withheld, empty) and "Show more". */
function FootStates({ what, moreLabel, empty, first, loaded, count, fetching, error, extensions, retry, pageInfo, onMore, children }: FootProps) {
  const state = footState({ first, loaded, count, fetching, pageInfo });
  const cursor = state.cursor;
  return (
    <>
      {state.loading ? <Loading what={what} /> : null}
      <Problem error={error} retry={retry} />
      <WithheldNotice withheld={withheldOf(extensions)} />
      {children}
      {state.empty ? <Empty>{empty}</Empty> : null}
      {cursor !== null ? (
        <button type="button" className="secondary" onClick={() => onMore(cursor)}>
          {moreLabel ?? `Show more ${what}`}
        </button>
      ) : null}
    </>
  );
}

/** The last row of a paged table: its state (loading, refused, withheld, empty) and "Show more". */
export function PageFoot({ colSpan, ...props }: FootProps & { colSpan: number }) {
  return (
    <tr className="list-foot">
      <td colSpan={colSpan}>
        <FootStates {...props} />
      </td>
    </tr>
  );
}

/**
 * The foot of a paged list that is not a table (cards, an inbox): the same states as PageFoot, as
 * the list's last item (`li`, the default, inside a ul) or a block after it (`div`).
 */
export function ListFoot({ as = 'li', className = 'list-foot', ...props }: FootProps & { as?: 'li' | 'div'; className?: string }) {
  const Foot = as;
  return (
    <Foot className={className}>
      <FootStates {...props} />
    </Foot>
  );
}
