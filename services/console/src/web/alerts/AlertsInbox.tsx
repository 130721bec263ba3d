import { useEffect, useRef, useState } from 'react';
import { withheldOf } from '../api/errors.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { useLocation } from '../router.js';
import { useSession } from '../session/use-session.js';
import { Link } from '../ui/Link.js';
import { Empty, Loading, Problem, WithheldNotice } from '../ui/states.js';
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
  const [pages, setPages] = useState<(string | null)[]>([null]);
  // A new alert goes on top of the first page and pushes others into the next: later pages, read
  // from cursors of the old first page, would then miss some. Back to one page, read afresh.
  const seen = useRef(tick);
  useEffect(() => {
    if (seen.current === tick) return;
    seen.current = tick;
    setPages((all) => (all.length > 1 ? [null] : all));
  }, [tick]);
  return (
    <ul className="alerts" aria-label="Alerts">
      {pages.map((after, index) => (
        <AlertPage
          key={after ?? 'first'}
          unread={unread}
          after={after}
          tick={tick}
          own={officer.force}
          last={index === pages.length - 1}
          onMore={(cursor) => setPages((all) => [...all, cursor])}
        />
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
        <li className="list-foot">
          {fetching && data === undefined ? <Loading what="alerts" /> : null}
          <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
          <WithheldNotice withheld={withheldOf(extensions)} />
          {data !== undefined && alerts.length === 0 && after === null ? (
            <Empty>
              {unread
                ? 'No unread alerts. Hits on your cases, access requests, decisions and actions allocated to you appear here as they happen.'
                : 'No alerts yet. Hits on your cases, access requests, decisions and actions allocated to you appear here as they happen.'}
            </Empty>
          ) : null}
          {data?.alerts.pageInfo.hasNextPage && data.alerts.pageInfo.endCursor !== null ? (
            <button type="button" className="secondary" onClick={() => onMore(data.alerts.pageInfo.endCursor as string)}>
              Show more
            </button>
          ) : null}
        </li>
      ) : null}
    </>
  );
}
