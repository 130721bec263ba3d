import { useCrosslinkQuery } from '../api/use-query.js';
import { useSession } from '../session/use-session.js';
import { ClassificationBadge, ForceBadge } from '../ui/Badge.js';
import { Link } from '../ui/Link.js';
import { PageFoot, usePages } from '../ui/paging.js';
import { formatDate, titleCase } from '../ui/format.js';

const CasesQuery = `
  query Cases($filter: CaseFilter, $first: Int!, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      edges { node { id reference title status priority classification crimeTypes createdAt officerInCharge force { code name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface CaseRow {
  id: string;
  reference: string;
  title: string;
  status: string;
  priority: string;
  classification: string;
  crimeTypes: string[];
  createdAt: string;
  officerInCharge: string;
  force: { code: string; name: string };
}
interface CasesData {
  cases: { edges: { node: CaseRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const PAGE = 25;

/** The officer's cases (those they are in charge of), or every case they may see. */
export function CaseList({ mine }: { mine: boolean }) {
  const { officer } = useSession();
  const [pages, more] = usePages();
  return (
    <section aria-labelledby="cases-title">
      <div className="page-head">
        <h1 id="cases-title">{mine ? 'My cases' : 'Cases you may see'}</h1>
        <div className="tabs" role="tablist" aria-label="Which cases">
          <Link to="/cases" className={mine ? 'tab active' : 'tab'}>
            In my charge
          </Link>
          <Link to="/cases?all=1" className={mine ? 'tab' : 'tab active'}>
            All I may see
          </Link>
        </div>
      </div>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Title</th>
            <th scope="col">Force</th>
            <th scope="col">Status</th>
            <th scope="col">Priority</th>
            <th scope="col">Crime</th>
            <th scope="col">Officer in charge</th>
            <th scope="col">Opened</th>
          </tr>
        </thead>
        {pages.map((after, index) => (
          <CasePage
            key={after ?? 'first'}
            filter={mine ? { officer: officer.username } : {}}
            after={after}
            own={officer.force}
            last={index === pages.length - 1}
            onMore={more}
          />
        ))}
      </table>
    </section>
  );
}

function CasePage({
  filter,
  after,
  own,
  last,
  onMore,
}: {
  filter: object;
  after: string | null;
  own: string;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<CasesData>({ query: CasesQuery, variables: { filter, first: PAGE, after } });
  const rows = data?.cases.edges.map((edge) => edge.node) ?? [];
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id}>
          <td>
            <Link to={`/cases/${encodeURIComponent(row.reference)}`}>{row.reference}</Link>
          </td>
          <td>{row.title}</td>
          <td>
            <ForceBadge code={row.force.code} own={own} /> <ClassificationBadge tier={row.classification} />
          </td>
          <td>{titleCase(row.status)}</td>
          <td>{titleCase(row.priority)}</td>
          <td>{row.crimeTypes.map(titleCase).join(', ')}</td>
          <td>{row.officerInCharge}</td>
          <td>{formatDate(row.createdAt)}</td>
        </tr>
      ))}
      {last ? (
        <PageFoot
          colSpan={8}
          what="cases"
          moreLabel="Show more"
          empty="No cases here yet. Cases you open or are put in charge of appear here."
          first={after === null}
          loaded={data !== undefined}
          count={rows.length}
          fetching={fetching}
          error={error}
          extensions={extensions}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={data?.cases.pageInfo}
          onMore={onMore}
        />
      ) : null}
    </tbody>
  );
}
