import { useId, useState } from 'react';
import type { AccessRequestStatus } from '../api/schema-enums.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { AccessDecision } from '../alerts/AccessDecision.js';
import { AccessRequestFields, type AccessRequestRow } from '../alerts/alert-fields.js';
import { Badge, ForceBadge } from '../ui/Badge.js';
import { titleCase } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import { ListFoot, usePages } from '../ui/paging.js';
import { Empty } from '../ui/states.js';
import { asRequestStatus, noRequestsText, requestStatuses, requestStatusTone, requestStatusWords } from './access.js';
import { supervisesForce, type Viewer } from './forces.js';
import type { ForceRef, PageInfo } from './supervisor-fields.js';
import { useViewer } from './use-viewer.js';
import './supervisor.css';

const AccessRequestsQuery = `
  query AccessRequests($status: AccessRequestStatus, $first: Int!, $after: String) {
    accessRequests(status: $status, first: $first, after: $after) {
      edges { node { ${AccessRequestFields} force { code name } case { id reference title force { code name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface RequestRow extends AccessRequestRow {
  force: ForceRef;
  case: { id: string; reference: string; title: string; force: ForceRef } | null;
}
interface AccessRequestsData {
  accessRequests: { edges: { node: RequestRow }[]; pageInfo: PageInfo };
}

const PAGE = 25;

/** Requests from officers of other forces to see cases of the supervisor's force (any force's, for the hub), newest first, to decide. */
export function AccessRequests() {
  const { viewer } = useViewer();
  const [status, setStatus] = useState<AccessRequestStatus | null>('PENDING');
  const statusId = useId();
  if (!viewer.supervisor) {
    return (
      <section aria-labelledby="access-requests-title" className="supervisor access-requests">
        <h1 id="access-requests-title">Access requests</h1>
        <Empty>
          Requests to see your force’s cases are decided by its supervisors. A request of your own shows its decision on the case you asked about and in your{' '}
          <Link to="/alerts">alerts</Link>.
        </Empty>
      </section>
    );
  }
  return (
    <section aria-labelledby="access-requests-title" className="supervisor access-requests">
      <div className="page-head">
        <div>
          <h1 id="access-requests-title">Access requests</h1>
          <p className="hint">
            Officers of other forces asking to see {viewer.hub ? 'any force’s cases' : 'your force’s cases'}, newest first. Granting shares the case with their
            force; either way they are told your reason.
          </p>
        </div>
        <div className="filter">
          <label htmlFor={statusId}>Status</label>
          <select id={statusId} value={status ?? ''} onChange={(event) => setStatus(asRequestStatus(event.target.value))}>
            {requestStatuses.map((value) => (
              <option key={value} value={value}>
                {requestStatusWords[value]}
              </option>
            ))}
            <option value="">Any status</option>
          </select>
        </div>
      </div>
      <RequestList key={status ?? 'any'} status={status} viewer={viewer} />
    </section>
  );
}

function RequestList({ status, viewer }: { status: AccessRequestStatus | null; viewer: Viewer }) {
  const [pages, more] = usePages();
  return (
    <ul className="items access-request-list" aria-label={status === null ? 'Access requests' : `${requestStatusWords[status]}: access requests`}>
      {pages.map((after, index) => (
        <RequestPage key={after ?? 'first'} status={status} after={after} viewer={viewer} last={index === pages.length - 1} onMore={more} />
      ))}
    </ul>
  );
}

function RequestPage(props: { status: AccessRequestStatus | null; after: string | null; viewer: Viewer; last: boolean; onMore: (cursor: string) => void }) {
  const { status, after, viewer, last, onMore } = props;
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<AccessRequestsData>({
    query: AccessRequestsQuery,
    variables: { status, first: PAGE, after },
  });
  const requests = data?.accessRequests.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      {requests.map((request) => (
        <li key={request.id} className="access-request-item" data-request-id={request.id}>
          <p className="access-request-case">
            <Badge tone={requestStatusTone(request.status)}>{statusWords(request.status)}</Badge>{' '}
            {request.case !== null ? (
              <>
                <Link to={`/cases/${encodeURIComponent(request.case.reference)}`}>{request.case.reference}</Link> {request.case.title}{' '}
              </>
            ) : (
              'A case of '
            )}
            <ForceBadge code={request.force.code} own={viewer.force} />
            {request.case === null ? ` ${request.force.name} you may not see` : null}
          </p>
          <AccessDecision request={request} decides={supervisesForce(viewer, request.force.code)} />
        </li>
      ))}
      {last ? (
        <ListFoot
          what="access requests"
          moreLabel="Show more"
          empty={noRequestsText(status)}
          first={after === null}
          loaded={data !== undefined}
          count={requests.length}
          fetching={fetching}
          error={error}
          extensions={extensions}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={data?.accessRequests.pageInfo}
          onMore={onMore}
        />
      ) : null}
    </>
  );
}

function statusWords(value: string): string {
  const status = asRequestStatus(value);
  return status === null ? titleCase(value) : requestStatusWords[status];
}
