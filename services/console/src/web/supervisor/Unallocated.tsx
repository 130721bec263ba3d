import { useId, useState } from 'react';
import { useCrosslinkQuery } from '../api/use-query.js';
import { useLocation } from '../router.js';
import { Badge, ForceBadge } from '../ui/Badge.js';
import { formatDate, titleCase } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import { PageFoot, usePages } from '../ui/paging.js';
import { allocationTargetOf, officerLabel, type AllocationTarget } from './allocation.js';
import { AllocateForm, type Allocated } from './AllocateForm.js';
import { RaisedOn } from './RaisedOn.js';
import type { Viewer } from './forces.js';
import { SupervisorActionFields, type PageInfo, type SupervisorActionRow } from './supervisor-fields.js';
import { useViewer } from './use-viewer.js';
import './supervisor.css';

const UnallocatedQuery = `
  query UnallocatedActions($first: Int!, $after: String) {
    unallocatedActions(first: $first, after: $after) {
      edges { node { ${SupervisorActionFields} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface UnallocatedData {
  unallocatedActions: { edges: { node: SupervisorActionRow }[]; pageInfo: PageInfo };
}

const PAGE = 25;

/**
 * Actions awaiting allocation, oldest first, each with an "Allocate" control. An officer chosen on
 * the workload view (?to=username&force=CODE) is preselected on every action they may take.
 */
export function Unallocated() {
  const location = useLocation();
  const target = allocationTargetOf(new URL(location, window.location.origin).search);
  const { officer, viewer } = useViewer();
  const [pages, more, firstOnly] = usePages();
  // Each allocation reads the list afresh from its first page: the action has left it, and the
  // cursors of the pages after it moved.
  const [round, setRound] = useState(0);
  const [allocated, setAllocated] = useState<Allocated | null>(null);
  const onAllocated = (done: Allocated) => {
    setAllocated(done);
    firstOnly();
    setRound((count) => count + 1);
  };
  return (
    <section aria-labelledby="unallocated-title" className="supervisor unallocated">
      <div className="page-head">
        <h1 id="unallocated-title">Unallocated actions</h1>
        <Link to="/workload">Workload by officer</Link>
      </div>
      <p className="hint">Actions raised on cases and operations you may see that no officer has yet, oldest first.</p>
      {target !== null ? <TargetNote target={target} own={officer.force} /> : null}
      <div role="status" className="allocation-outcome">
        {allocated !== null ? (
          <p className="success">
            Allocated “{allocated.action.description}” to {officerLabel(allocated.officer)}{' '}
            <ForceBadge code={allocated.officer.force.code} own={officer.force} />. It has left this list.
          </p>
        ) : null}
      </div>
      {!viewer.supervisor ? <p className="hint">Supervisors of an action’s force, or of the hub, allocate it.</p> : null}
      <table className="list unallocated-actions">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Raised on</th>
            <th scope="col">Priority</th>
            <th scope="col">Due</th>
            <th scope="col">Raised</th>
            <th scope="col">Allocate</th>
          </tr>
        </thead>
        {pages.map((after, index) => (
          <UnallocatedPage
            key={`${round}:${after ?? 'first'}`}
            after={after}
            fresh={round > 0}
            viewer={viewer}
            target={target}
            last={index === pages.length - 1}
            onMore={more}
            onAllocated={onAllocated}
          />
        ))}
      </table>
    </section>
  );
}

function TargetNote({ target, own }: { target: AllocationTarget; own: string }) {
  return (
    <p className="allocation-target">
      Allocating to <strong>{target.username}</strong> <ForceBadge code={target.force} own={own} />: they are chosen on every action they may take. Change the
      officer on any action before allocating, or <Link to="/unallocated">choose per action</Link>.
    </p>
  );
}

function UnallocatedPage(props: {
  after: string | null;
  fresh: boolean;
  viewer: Viewer;
  target: AllocationTarget | null;
  last: boolean;
  onMore: (cursor: string) => void;
  onAllocated: (allocated: Allocated) => void;
}) {
  const { after, fresh, viewer, target, last, onMore, onAllocated } = props;
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<UnallocatedData>({
    query: UnallocatedQuery,
    variables: { first: PAGE, after },
    ...(fresh ? { requestPolicy: 'network-only' as const } : {}),
  });
  const actions = data?.unallocatedActions.edges.map((edge) => edge.node) ?? [];
  return (
    <tbody>
      {actions.map((action) => (
        <UnallocatedRow key={action.id} action={action} viewer={viewer} target={target} onAllocated={onAllocated} />
      ))}
      {last ? (
        <PageFoot
          colSpan={6}
          what="actions"
          empty="Nothing awaits allocation. Actions raised on cases and operations you may see appear here until a supervisor allocates them."
          first={after === null}
          loaded={data !== undefined}
          count={actions.length}
          fetching={fetching}
          error={error}
          extensions={extensions}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={data?.unallocatedActions.pageInfo}
          onMore={onMore}
        />
      ) : null}
    </tbody>
  );
}

function UnallocatedRow({
  action,
  viewer,
  target,
  onAllocated,
}: {
  action: SupervisorActionRow;
  viewer: Viewer;
  target: AllocationTarget | null;
  onAllocated: (allocated: Allocated) => void;
}) {
  const descriptionId = useId();
  return (
    <tr className={action.overdue ? 'overdue' : undefined} data-action-id={action.id}>
      <th scope="row">
        <span className="action-description" id={descriptionId}>
          {action.description}
        </span>
      </th>
      <td>
        <RaisedOn action={action} own={viewer.force} />
      </td>
      <td>{action.priority === 'HIGH' ? <Badge tone="warn">High</Badge> : titleCase(action.priority)}</td>
      <td>
        {action.dueDate === null ? 'No deadline' : formatDate(action.dueDate)}
        {action.overdue ? (
          <>
            {' '}
            <Badge tone="warn">Overdue</Badge>
          </>
        ) : null}
      </td>
      <td>
        {formatDate(action.raisedAt)} <span className="username">by {action.raisedBy}</span>
      </td>
      <td className="allocate-cell">
        <AllocateForm action={action} viewer={viewer} target={target} describedBy={descriptionId} onAllocated={onAllocated} />
      </td>
    </tr>
  );
}
