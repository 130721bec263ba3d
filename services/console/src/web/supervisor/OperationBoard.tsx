import { withheldOf } from '../api/errors.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { Section } from '../cases/case-page/Section.js';
import { ForceBadge } from '../ui/Badge.js';
import { formatDate, formatDateTime } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import { PageFoot, usePages } from '../ui/paging.js';
import { Empty, Loading, Problem, WithheldNotice } from '../ui/states.js';
import { ActionBoard } from './ActionBoard.js';
import { OperationCases } from './OperationCases.js';
import { OperationLead } from './OperationLead.js';
import { operationPath } from './operation.js';
import { OperationFields, type ForceRef, type OperationDetail, type PageInfo } from './supervisor-fields.js';
import { useViewer } from './use-viewer.js';
import './supervisor.css';

const OperationsQuery = `
  query Operations($first: Int!, $after: String) {
    operations(first: $first, after: $after) {
      edges { node { id name createdAt createdBy leadForce { code name } participants { code name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const OperationQuery = `query Operation($id: ID!) { operation(id: $id) { ${OperationFields} } }`;

interface OperationRow {
  id: string;
  name: string;
  createdAt: string;
  createdBy: string;
  leadForce: ForceRef;
  participants: ForceRef[];
}
interface OperationsData {
  operations: { edges: { node: OperationRow }[]; pageInfo: PageInfo };
}
interface OperationData {
  operation: OperationDetail | null;
}

const PAGE = 25;

/** The operations one may see (id null), or one operation: its lead, forces, cases and actions as a board. */
export function OperationBoard({ id }: { id: string | null }) {
  return id === null ? <OperationList /> : <OperationPage key={id} id={id} />;
}

function OperationList() {
  const { officer } = useViewer();
  const [pages, more] = usePages();
  return (
    <section aria-labelledby="operations-title" className="supervisor operations">
      <div className="page-head">
        <h1 id="operations-title">Operations</h1>
      </div>
      <p className="hint">Cases of several forces joined under one lead force, newest first: those your force takes part in, and every one for the hub.</p>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Operation</th>
            <th scope="col">Lead force</th>
            <th scope="col">Forces taking part</th>
            <th scope="col">Set up</th>
          </tr>
        </thead>
        {pages.map((after, index) => (
          <OperationListPage key={after ?? 'first'} after={after} own={officer.force} last={index === pages.length - 1} onMore={more} />
        ))}
      </table>
    </section>
  );
}

function OperationListPage({ after, own, last, onMore }: { after: string | null; own: string; last: boolean; onMore: (cursor: string) => void }) {
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<OperationsData>({ query: OperationsQuery, variables: { first: PAGE, after } });
  const rows = data?.operations.edges.map((edge) => edge.node) ?? [];
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id}>
          <th scope="row">
            <Link to={operationPath(row.id)}>{row.name}</Link>
          </th>
          <td>
            <ForceBadge code={row.leadForce.code} own={own} /> {row.leadForce.name}
          </td>
          <td>
            <ForceList forces={row.participants} own={own} />
          </td>
          <td>
            {formatDate(row.createdAt)} <span className="username">by {row.createdBy}</span>
          </td>
        </tr>
      ))}
      {last ? (
        <PageFoot
          colSpan={4}
          what="operations"
          empty="No operation you may see yet. A supervisor sets one up by joining linked cases of several forces; operations your force takes part in appear here."
          first={after === null}
          loaded={data !== undefined}
          count={rows.length}
          fetching={fetching}
          error={error}
          extensions={extensions}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={data?.operations.pageInfo}
          onMore={onMore}
        />
      ) : null}
    </tbody>
  );
}

function ForceList({ forces, own }: { forces: ForceRef[]; own: string }) {
  return (
    <ul className="force-list">
      {forces.map((force) => (
        <li key={force.code}>
          <ForceBadge code={force.code} own={own} />
          <span className="visually-hidden"> {force.name}</span>
        </li>
      ))}
    </ul>
  );
}

function OperationPage({ id }: { id: string }) {
  const { officer, viewer, forces } = useViewer();
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<OperationData>({ query: OperationQuery, variables: { id } });
  const operation = data?.operation;
  if (operation === undefined || operation === null) {
    return (
      <section aria-labelledby="operation-title" className="supervisor operation">
        <p className="case-ref">
          <Link to="/operations">Operations</Link>
        </p>
        <h1 id="operation-title">Operation</h1>
        {fetching && data === undefined ? <Loading what="the operation" /> : null}
        <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
        {operation === null ? (
          <Empty>
            No operation here that you may see: it may not exist, or your force may not take part in it. <Link to="/operations">Back to operations</Link>
          </Empty>
        ) : null}
      </section>
    );
  }
  return (
    <div className="supervisor operation">
      <header className="page-head case-head">
        <p className="case-ref">
          <Link to="/operations">Operations</Link> · Operation led by <ForceBadge code={operation.leadForce.code} own={officer.force} />{' '}
          {operation.leadForce.name}
        </p>
        <h1 id="operation-title">{operation.name}</h1>
        <p className="case-summary">{operation.reason}</p>
        <p>
          <Link to={`/explorer?seed=${encodeURIComponent(`Operation:${operation.id}`)}`}>Explore the operation’s network</Link>
        </p>
        <dl className="case-facts">
          <div>
            <dt>Set up</dt>
            <dd>
              {formatDateTime(operation.createdAt)} by {operation.createdBy}
            </dd>
          </div>
          <div>
            <dt>Forces taking part</dt>
            <dd>
              <ForceList forces={operation.participants} own={officer.force} />
            </dd>
          </div>
          <div>
            <dt>Cases</dt>
            <dd>
              {operation.cases.edges.length}
              {operation.cases.pageInfo.hasNextPage ? '+' : ''} you may see
            </dd>
          </div>
        </dl>
        <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
        <WithheldNotice withheld={withheldOf(extensions)} />
      </header>
      <OperationLead operation={operation} viewer={viewer} forces={forces} />
      <OperationCases operation={operation} viewer={viewer} />
      <Section id="operation-actions" title="Actions" className="operation-actions">
        <ActionBoard operationId={operation.id} viewer={viewer} />
      </Section>
    </div>
  );
}
