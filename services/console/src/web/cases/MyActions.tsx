import { useState } from 'react';
import type { ActionStatus } from '../api/schema-enums.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { hasRole } from '../session/session.js';
import { useSession } from '../session/use-session.js';
import { titleCase } from '../ui/format.js';
import { ListFoot, usePages } from '../ui/paging.js';
import { ActionFields, type ActionRow } from './action-fields.js';
import { actionStatuses, asActionStatus, type ActionViewer } from './action-steps.js';
import { ActionItem } from './ActionItem.js';

const ActionsQuery = `
  query ActionsFor($officer: String!, $status: ActionStatus, $first: Int!, $after: String) {
    actionsFor(officer: $officer, status: $status, first: $first, after: $after) {
      edges { node { ${ActionFields} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface ActionsData {
  actionsFor: { edges: { node: ActionRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const PAGE = 25;

/** The actions allocated to an officer, oldest first, with the steps open on each. */
export function MyActions({ username }: { username: string }) {
  const { officer } = useSession();
  const [status, setStatus] = useState<ActionStatus | null>('ALLOCATED');
  const mine = username === officer.username;
  const viewer: ActionViewer = { allocatedToMe: mine, supervisor: hasRole(officer, 'supervisor') };
  return (
    <section aria-labelledby="actions-title">
      <div className="page-head">
        <h1 id="actions-title">{mine ? 'My actions' : `Actions allocated to ${username}`}</h1>
        <div className="filter">
          <label htmlFor="action-status">Status</label>
          <select id="action-status" value={status ?? ''} onChange={(event) => setStatus(asActionStatus(event.target.value))}>
            <option value="">Any status</option>
            {actionStatuses.map((value) => (
              <option key={value} value={value}>
                {titleCase(value)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ActionList key={status ?? 'any'} username={username} status={status} own={officer.force} viewer={viewer} />
    </section>
  );
}

function ActionList({ username, status, own, viewer }: { username: string; status: ActionStatus | null; own: string; viewer: ActionViewer }) {
  const [pages, more] = usePages();
  return (
    <ul className="actions" aria-label={status === null ? 'Actions' : `${titleCase(status)} actions`}>
      {pages.map((after, index) => (
        <ActionPage
          key={after ?? 'first'}
          username={username}
          status={status}
          after={after}
          own={own}
          viewer={viewer}
          last={index === pages.length - 1}
          onMore={more}
        />
      ))}
    </ul>
  );
}

function ActionPage(props: {
  username: string;
  status: ActionStatus | null;
  after: string | null;
  own: string;
  viewer: ActionViewer;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { username, status, after, own, viewer, last, onMore } = props;
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<ActionsData>({
    query: ActionsQuery,
    variables: { officer: username, status, first: PAGE, after },
  });
  const actions = data?.actionsFor.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      {actions.map((action) => (
        <ActionItem key={action.id} action={action} own={own} viewer={viewer} />
      ))}
      {last ? (
        <ListFoot
          what="actions"
          moreLabel="Show more"
          empty={emptyText(status, viewer.allocatedToMe)}
          first={after === null}
          loaded={data !== undefined}
          count={actions.length}
          fetching={fetching}
          error={error}
          extensions={extensions}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={data?.actionsFor.pageInfo}
          onMore={onMore}
        />
      ) : null}
    </>
  );
}

function emptyText(status: ActionStatus | null, mine: boolean): string {
  const who = mine ? 'you' : 'this officer';
  if (status === null) return `No actions have been allocated to ${who} yet. Actions a supervisor allocates appear here.`;
  if (status === 'ALLOCATED') return `Nothing to do: no actions allocated to ${who} await completion. Choose “Any status” to see the rest.`;
  return `No ${titleCase(status).toLowerCase()} actions allocated to ${who}. Choose another status to see the rest.`;
}
