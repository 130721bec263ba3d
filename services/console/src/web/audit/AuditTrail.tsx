import { useState } from 'react';
import { useCrosslinkQuery } from '../api/use-query.js';
import { useSession } from '../session/use-session.js';
import { ForceBadge } from '../ui/Badge.js';
import { titleCase } from '../ui/format.js';
import { PageFoot, usePages } from '../ui/paging.js';
import './audit.css';
import { isEmptyFilter, type AuditEventFilter } from './audit-filter.js';
import { eventPlace, firstOf, formatInstant } from './audit-format.js';
import { AuditFilters } from './AuditFilters.js';
import { AuditVerificationPanel } from './AuditVerificationPanel.js';

const AuditEventsQuery = `
  query AuditEvents($filter: AuditEventFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      edges { node { id chain seq at userId username force operation action records recipients purpose requestId service } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface AuditEventRow {
  id: string;
  chain: string;
  seq: number;
  at: string;
  userId: string;
  username: string;
  force: string;
  operation: string;
  action: string;
  records: string[];
  recipients: string[];
  purpose: string | null;
  requestId: string;
  service: string;
}
interface AuditEventsData {
  auditEvents: { edges: { node: AuditEventRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const PAGE = 50;
const COLUMNS = 8;
/** Records shown in a row before the rest fold away. */
const RECORDS_SHOWN = 3;

/**
 * The audit trail (Data Protection Act 2018 s.62): every consultation, collection, alteration,
 * disclosure, combination and erasure, newest first, filtered as the auditor asks, with a check
 * that no chain has been tampered with. Auditors only; others are refused (FORBIDDEN).
 */
export function AuditTrail() {
  // Each apply reads the trail afresh from its newest event, even with the same filters.
  const [applied, setApplied] = useState<{ filter: AuditEventFilter; time: number }>({ filter: {}, time: 0 });
  return (
    <div className="audit">
      <div className="page-head">
        <h1>Audit trail</h1>
      </div>
      <AuditVerificationPanel />
      <section aria-labelledby="audit-events-title">
        <h2 id="audit-events-title">Events, newest first</h2>
        <AuditFilters onApply={(filter) => setApplied((last) => ({ filter, time: last.time + 1 }))} />
        <AuditEvents key={applied.time} filter={applied.filter} />
      </section>
    </div>
  );
}

function AuditEvents({ filter }: { filter: AuditEventFilter }) {
  const { officer } = useSession();
  const [pages, more] = usePages();
  return (
    <div className="audit-table">
      <table className="list audit-events">
        <caption className="visually-hidden">Audit events{isEmptyFilter(filter) ? '' : ' matching the filters'}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Operation</th>
            <th scope="col">Action</th>
            <th scope="col">Records</th>
            <th scope="col">Purpose</th>
            <th scope="col">Recipients</th>
            <th scope="col">Service, chain and position</th>
          </tr>
        </thead>
        {pages.map((after, index) => (
          <AuditEventPage key={after ?? 'first'} filter={filter} after={after} own={officer.force} last={index === pages.length - 1} onMore={more} />
        ))}
      </table>
    </div>
  );
}

function AuditEventPage({
  filter,
  after,
  own,
  last,
  onMore,
}: {
  filter: AuditEventFilter;
  after: string | null;
  own: string;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const [{ data, error, fetching }, reexecute] = useCrosslinkQuery<AuditEventsData>({ query: AuditEventsQuery, variables: { filter, first: PAGE, after } });
  const rows = data?.auditEvents.edges.map((edge) => edge.node) ?? [];
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id} className={`audit-event ${row.operation.toLowerCase()}`}>
          <td>
            <time dateTime={row.at} title={row.at}>
              {formatInstant(row.at)}
            </time>
          </td>
          <td>
            <span className="username" title={`User id ${row.userId}`}>
              {row.username}
            </span>{' '}
            <ForceBadge code={row.force} own={own} />
          </td>
          <td>
            <span className="audit-operation">{titleCase(row.operation)}</span>
          </td>
          <td>
            <code className="audit-action" title={`Request ${row.requestId}`}>
              {row.action}
            </code>
          </td>
          <td>
            <Records records={row.records} />
          </td>
          <td>{row.purpose ?? <span className="none">None given</span>}</td>
          <td>{row.recipients.length > 0 ? row.recipients.join(', ') : <span className="none">—</span>}</td>
          <td className="audit-place" title={`Event ${row.id}`}>
            {eventPlace(row)}
          </td>
        </tr>
      ))}
      {last ? (
        <PageFoot
          colSpan={COLUMNS}
          what="the audit trail"
          moreLabel="Show more"
          empty={
            isEmptyFilter(filter)
              ? 'No events yet. Every request to Crosslink leaves one, so they appear here as soon as anyone uses it.'
              : 'No events match these filters. Widen the dates, or clear a filter, to see more.'
          }
          first={after === null}
          loaded={data !== undefined}
          count={rows.length}
          fetching={fetching}
          error={error}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={data?.auditEvents.pageInfo}
          onMore={onMore}
        />
      ) : null}
    </tbody>
  );
}

/** An event's records as Label:id, the first few shown and the rest folded away. */
function Records({ records }: { records: readonly string[] }) {
  if (records.length === 0) return <span className="none">—</span>;
  const { shown, more } = firstOf(records, RECORDS_SHOWN);
  return (
    <>
      <ul className="audit-records">
        {shown.map((record, index) => (
          <li key={`${record}-${index}`}>
            <code>{record}</code>
          </li>
        ))}
      </ul>
      {more.length > 0 ? (
        <details className="audit-more">
          <summary>{more.length.toLocaleString('en-GB')} more</summary>
          <ul className="audit-records">
            {more.map((record, index) => (
              <li key={`${record}-${index}`}>
                <code>{record}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
