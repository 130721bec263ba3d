import { useEffect, useRef } from 'react';
import { useCrosslinkQuery } from '../api/use-query.js';
import { useLocation } from '../router.js';
import { useSession } from '../session/use-session.js';
import { Link } from '../ui/Link.js';
import { ListFoot, usePages } from '../ui/paging.js';
import { AlertFields, type AlertRow } from './alert-fields.js';
import { AlertItem } from './AlertItem.js';
import { useAlerts } from './use-unread-alerts.js';

const AlertsQuery = `
  query Alerts($unread: Boolean!, $first: Int!, $after: String) {
    alerts(unread: $unread, first: $first, after: $after) {
      edges { node { ${AlertFields} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface AlertsData {
  alerts: { edges: { node: AlertRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const PAGE = 25;

/** The officer's alerts, newest first: unread ones (the default) or all; new ones appear as they arrive. */
export function AlertsInbox() {
  const location = useLocation();
  const unread = new URL(location, window.location.origin).searchParams.get('all') !== '1';
  return (
    <section aria-labelledby="alerts-title">
      <div className="page-head">
        <h1 id="alerts-title">Alerts</h1>
        <div className="tabs" role="tablist" aria-label="Which alerts">
          <Link to="/alerts" className={unread ? 'tab active' : 'tab'}>
            Unread
          </Link>
          <Link to="/alerts?all=1" className={unread ? 'tab' : 'tab active'}>
            All
          </Link>
        </div>
      </div>
      <AlertList key={unread ? 'unread' : 'all'} unread={unread} />
    </section>
  );
}

function AlertList({ unread }: { unread: boolean }) {
  const { officer } = useSession();
  const { tick } = useAlerts();
  const [pages, more, firstOnly] = usePages();
  // A new alert goes on top of the first page and pushes others into the next: later pages, read
  // from cursors of the old first page, would then miss some. Back to one page, read afresh.
  const seen = useRef(tick);
  useEffect(() => {
    if (seen.current === tick) return;
    seen.current = tick;
    firstOnly();
  }, [tick, firstOnly]);
  return (
    <ul className="alerts" aria-label="Alerts">
      {pages.map((after, index) => (
        <AlertPage key={after ?? 'first'} unread={unread} after={after} tick={tick} own={officer.force} last={index === pages.length - 1} onMore={more} />
      ))}
    </ul>
  );
}

function AlertPage(props: { unread: boolean; after: string | null; tick: number; own: string; last: boolean; onMore: (cursor: string) => void }) {
  const { unread, after, tick, own, last, onMore } = props;
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<AlertsData>({ query: AlertsQuery, variables: { unread, first: PAGE, after } });
  // The live stream moved the tick: a new alert arrived, so the first page asks the gateway again.
  const seen = useRef(tick);
  useEffect(() => {
    if (seen.current === tick) return;
    seen.current = tick;
    if (after === null) reexecute({ requestPolicy: 'network-only' });
  }, [tick, after, reexecute]);
  const alerts = data?.alerts.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      {alerts.map((alert) => (
        <AlertItem key={alert.id} alert={alert} own={own} />
      ))}
      {last ? (
        <ListFoot
          what="alerts"
          moreLabel="Show more"
          empty={
            unread
              ? 'No unread alerts. Hits on your cases, access requests, decisions and actions allocated to you appear here as they happen.'
              : 'No alerts yet. Hits on your cases, access requests, decisions and actions allocated to you appear here as they happen.'
          }
          first={after === null}
          loaded={data !== undefined}
          count={alerts.length}
          fetching={fetching}
          error={error}
          extensions={extensions}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={data?.alerts.pageInfo}
          onMore={onMore}
        />
      ) : null}
    </>
  );
}
