import { useCallback, useEffect, useId, useState } from 'react';
import { useCrosslinkQuery } from '../api/use-query.js';
import { ActionStepButtons } from '../cases/ActionStepButtons.js';
import { asActionStatus, stepsFor } from '../cases/action-steps.js';
import { useSession } from '../session/use-session.js';
import { Badge, ForceBadge } from '../ui/Badge.js';
import { formatDate, titleCase } from '../ui/format.js';
import { ListFoot, usePages } from '../ui/paging.js';
import { officerLabel } from './allocation.js';
import { AllocateForm } from './AllocateForm.js';
import { groupByStatus, mergePages } from './board.js';
import { supervisesForce, type Viewer } from './forces.js';
import { RaisedOn } from './RaisedOn.js';
import { SupervisorActionFields, type PageInfo, type SupervisorActionRow } from './supervisor-fields.js';

const OperationActionsQuery = `
  query OperationActions($id: ID!, $first: Int!, $after: String) {
    operation(id: $id) {
      id
      actions(first: $first, after: $after) {
        edges { node { ${SupervisorActionFields} } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

interface OperationActionsData {
  operation: { id: string; actions: { edges: { node: SupervisorActionRow }[]; pageInfo: PageInfo } } | null;
}

const PAGE = 50;

/**
 * The actions raised on the operation and its cases, as a board: one column per status with its
 * count. Pages are read in turn and laid out together; a step taken on a card moves it on.
 */
export function ActionBoard({ operationId, viewer }: { operationId: string; viewer: Viewer }) {
  const [pages, more] = usePages();
  const [read, setRead] = useState<Record<string, SupervisorActionRow[]>>({});
  const onRows = useCallback((key: string, rows: SupervisorActionRow[]) => setRead((all) => (all[key] === rows ? all : { ...all, [key]: rows })), []);
  const actions = mergePages(pages.map((after) => read[after ?? 'first'] ?? []));
  const { columns, other } = groupByStatus(actions);
  return (
    <>
      <p className="board-summary">
        {actions.length} {actions.length === 1 ? 'action' : 'actions'}
        {columns.map((column) => `, ${column.actions.length} ${titleCase(column.status).toLowerCase()}`).join('')}.
      </p>
      <div className="board">
        {columns.map((column) => (
          <BoardColumn key={column.status} title={titleCase(column.status)} actions={column.actions} viewer={viewer} />
        ))}
        {other.length > 0 ? <BoardColumn title="Other" actions={other} viewer={viewer} /> : null}
      </div>
      {pages.map((after, index) => (
        <ActionsPage key={after ?? 'first'} operationId={operationId} after={after} last={index === pages.length - 1} onRows={onRows} onMore={more} />
      ))}
    </>
  );
}

function BoardColumn({ title, actions, viewer }: { title: string; actions: readonly SupervisorActionRow[]; viewer: Viewer }) {
  const titleId = useId();
  return (
    <section className="board-column" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {title} <span className="board-count">{actions.length}</span>
      </h3>
      {actions.length === 0 ? (
        <p className="board-empty">None</p>
      ) : (
        <ul className="actions board-cards" aria-label={`${title} actions`}>
          {actions.map((action) => (
            <BoardCard key={action.id} action={action} viewer={viewer} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One action on the board: what, how urgent, where, who has it, and the steps open to the viewer. */
function BoardCard({ action, viewer }: { action: SupervisorActionRow; viewer: Viewer }) {
  const descriptionId = useId();
  const status = asActionStatus(action.status);
  const supervises = supervisesForce(viewer, action.owningForce.code);
  // Officers are known by username within their force: the same username elsewhere is someone else.
  const { officer } = useSession();
  const allocatedToMe = action.allocatedTo !== null && action.allocatedTo.force.code === officer.force && action.allocatedTo.username === officer.username;
  const steps = status === null ? [] : stepsFor(status, { allocatedToMe, supervisor: supervises });
  return (
    <li className={`action board-card status-${action.status.toLowerCase().replace(/_/g, '-')}${action.overdue ? ' overdue' : ''}`} data-action-id={action.id}>
      <p className="action-description" id={descriptionId}>
        {action.description}
      </p>
      <dl className="board-facts">
        <div>
          <dt>Priority</dt>
          <dd>{action.priority === 'HIGH' ? <Badge tone="warn">High</Badge> : titleCase(action.priority)}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>
            {action.dueDate === null ? 'No deadline' : formatDate(action.dueDate)}
            {action.overdue ? (
              <>
                {' '}
                <Badge tone="warn">Overdue</Badge>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>On</dt>
          <dd>
            <RaisedOn action={action} own={viewer.force} />
          </dd>
        </div>
        <div>
          <dt>Allocated to</dt>
          <dd>
            {action.allocatedTo === null ? (
              <span className="none">No one yet</span>
            ) : (
              <>
                {officerLabel(action.allocatedTo)} <ForceBadge code={action.allocatedTo.force.code} own={viewer.force} />
              </>
            )}
          </dd>
        </div>
      </dl>
      {action.result !== null ? (
        <p className="action-result">
          <strong>Result:</strong> {action.result}
        </p>
      ) : null}
      {status === 'FOR_ALLOCATION' && supervises ? <AllocateForm action={action} viewer={viewer} target={null} describedBy={descriptionId} /> : null}
      <ActionStepButtons action={action} steps={steps} />
    </li>
  );
}

function ActionsPage(props: {
  operationId: string;
  after: string | null;
  last: boolean;
  onRows: (key: string, rows: SupervisorActionRow[]) => void;
  onMore: (cursor: string) => void;
}) {
  const { operationId, after, last, onRows, onMore } = props;
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<OperationActionsData>({
    query: OperationActionsQuery,
    variables: { id: operationId, first: PAGE, after },
  });
  const connection = data?.operation?.actions;
  const key = after ?? 'first';
  useEffect(() => {
    if (connection !== undefined)
      onRows(
        key,
        connection.edges.map((edge) => edge.node),
      );
  }, [connection, key, onRows]);
  if (!last) return null;
  return (
    <ListFoot
      as="div"
      className="board-foot"
      what="actions"
      empty="No action is raised on this operation or its cases yet. Actions raised on a case of the operation appear here."
      first={after === null}
      loaded={connection !== undefined}
      count={connection?.edges.length ?? 0}
      fetching={fetching}
      error={error}
      extensions={extensions}
      retry={() => reexecute({ requestPolicy: 'network-only' })}
      pageInfo={connection?.pageInfo}
      onMore={onMore}
    />
  );
}
