// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListFoot, PageFoot } from './paging.js';

afterEach(cleanup);

const base = { what: 'actions', empty: 'No actions yet.', first: true, error: undefined, retry: () => {}, onMore: () => {} };

describe('the foot of a paged list', () => {
  it('says the first page is loading until it comes, then that the list is empty', () => {
    const { rerender } = render(
      <ul>
        <ListFoot {...base} loaded={false} count={0} fetching pageInfo={undefined} />
      </ul>,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading actions…');
    rerender(
      <ul>
        <ListFoot {...base} loaded count={0} fetching={false} pageInfo={{ hasNextPage: false, endCursor: null }} />
      </ul>,
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByText('No actions yet.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for the page after the last one’s cursor, in its own words when given', () => {
    const onMore = vi.fn();
    render(
      <table>
        <tbody>
          <PageFoot
            {...base}
            colSpan={3}
            moreLabel="Show more"
            loaded
            count={20}
            fetching={false}
            pageInfo={{ hasNextPage: true, endCursor: 'c-20' }}
            onMore={onMore}
          />
        </tbody>
      </table>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    expect(onMore).toHaveBeenCalledWith('c-20');
    expect(screen.queryByText('No actions yet.')).toBeNull();
  });

  it('says how many records of other forces were left out, and offers to state a purpose', () => {
    render(
      <ul>
        <ListFoot
          {...base}
          loaded
          count={2}
          fetching={false}
          pageInfo={{ hasNextPage: false, endCursor: null }}
          extensions={{ withheld: { count: 3, code: 'PURPOSE_REQUIRED', message: '3 records of other forces left out' } }}
        />
      </ul>,
    );
    expect(screen.getByRole('note').textContent).toContain('3 records of other forces left out');
    expect(screen.getByRole('button', { name: 'State a purpose to see them' })).toBeTruthy();
  });
});
