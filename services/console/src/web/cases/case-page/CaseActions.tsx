import { useCrosslinkQuery } from '../../api/use-query.js';
import { Badge, ForceBadge } from '../../ui/Badge.js';
import { formatDate, titleCase } from '../../ui/format.js';
import { PageFoot, usePages } from '../../ui/paging.js';
import type { ForceRef, PageInfo } from './case-data.js';
import { Section } from './Section.js';

const CaseActionsQuery = `
  query CaseActions($reference: String!, $first: Int!, $after: String) {
    case(reference: $reference) {
      id
      actions(first: $first, after: $after) {
        edges { node { id description status priority dueDate overdue raisedAt raisedBy result allocatedTo { username displayName force { code name } } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

interface CaseAction {
  id: string;
  description: string;
  status: string;
  priority: string;
  dueDate: string | null;
  overdue: boolean;
  raisedAt: string;
  raisedBy: string;
  result: string | null;
  allocatedTo: { username: string; displayName: string | null; force: ForceRef } | null;
}
interface ActionsData {
  case: { id: string; actions: { edges: { node: CaseAction }[]; pageInfo: PageInfo } } | null;
}

const PAGE = 20;

/** Actions raised on the case, oldest first: what is to be done, by whom, by when, and how far it has got. */
export function CaseActions({ reference, own }: { reference: string; own: string }) {
  const [pages, more] = usePages();
  return (
    <Section id="case-actions" title="Actions" className="case-actions">
      <table className="list actions">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Status</th>
            <th scope="col">Priority</th>
            <th scope="col">Allocated to</th>
            <th scope="col">Due</th>
            <th scope="col">Raised</th>
          </tr>
        </thead>
        {pages.map((after, index) => (
          <ActionsPage key={after ?? 'first'} reference={reference} own={own} after={after} last={index === pages.length - 1} onMore={more} />
        ))}
      </table>
    </Section>
  );
}

function ActionsPage({
  reference,
  own,
  after,
  last,
  onMore,
}: {
  reference: string;
  own: string;
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<ActionsData>({
    query: CaseActionsQuery,
    variables: { reference, first: PAGE, after },
  });
  const connection = data?.case?.actions;
  const actions = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <tbody>
      {actions.map((action) => (
        <tr key={action.id} className={action.overdue ? 'overdue' : undefined}>
          <th scope="row">
            <span className="action-description">{action.description}</span>
            {action.result !== null ? <span className="action-result">Result: {action.result}</span> : null}
          </th>
          <td>{titleCase(action.status)}</td>
          <td>{titleCase(action.priority)}</td>
          <td>
            {action.allocatedTo === null ? (
              <span className="none">Awaiting allocation</span>
            ) : (
              <>
                {action.allocatedTo.displayName ?? action.allocatedTo.username} <ForceBadge code={action.allocatedTo.force.code} own={own} />
              </>
            )}
          </td>
          <td>
            {action.dueDate !== null ? formatDate(action.dueDate) : '—'}
            {action.overdue ? (
              <>
                {' '}
                <Badge tone="warn">Overdue</Badge>
              </>
            ) : null}
          </td>
          <td>
            {formatDate(action.raisedAt)} by {action.raisedBy}
          </td>
        </tr>
      ))}
      {last ? (
        <PageFoot
          colSpan={6}
          what="actions"
          empty="No action is raised on this case yet."
          first={after === null}
          loaded={connection !== undefined}
          count={actions.length}
          fetching={fetching}
          error={error}
          extensions={extensions}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={connection?.pageInfo}
          onMore={onMore}
        />
      ) : null}
    </tbody>
  );
}
