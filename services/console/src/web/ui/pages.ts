/** What a paged list's connection says of what follows it. */
export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The cursors of the pages shown, with the page after `cursor` added; a cursor already shown adds nothing (the same pages come back). */
export function withPage(pages: (string | null)[], cursor: string): (string | null)[] {
  return pages.includes(cursor) ? pages : [...pages, cursor];
}

/** What the foot of a paged list shows, from its last page's answer. */
export interface FootState {
  /** The page is being read and nothing of it has come yet. */
  loading: boolean;
  /** The list is empty: its first page came back with nothing. */
  empty: boolean;
  /** Where the next page starts, or null when there is none to show. */
  cursor: string | null;
}

export function footState({
  first,
  loaded,
  count,
  fetching,
  pageInfo,
}: {
  /** The last page is the list's first page. */
  first: boolean;
  /** The last page's answer has come. */
  loaded: boolean;
  /** The rows of the last page. */
  count: number;
  fetching: boolean;
  pageInfo: PageInfo | undefined;
}): FootState {
  return {
    loading: fetching && !loaded,
    empty: loaded && count === 0 && first,
    cursor: pageInfo?.hasNextPage ? pageInfo.endCursor : null,
  };
}
