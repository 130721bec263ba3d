import { useState } from 'react';
import { useCrosslinkQuery } from '../../api/use-query.js';
import { ForceBadge } from '../../ui/Badge.js';
import { Link } from '../../ui/Link.js';
import { PageFoot, usePages } from '../../ui/paging.js';
import { formatDate, titleCase } from '../../ui/format.js';
import { Empty } from '../../ui/states.js';
import { personName } from './case-data.js';
import { CaseObjectsQuery, claimsOf, describe, kindOf, objectKinds, type CaseObject, type CaseObjectsData } from './case-objects.js';
import { Claims, showClaims } from './Claims.js';
import { Section } from './Section.js';

const PAGE = 20;

/** The phones, vehicles, accounts and items recorded in the case, optionally of one kind. */
export function CaseObjects({ reference, caseId, own }: { reference: string; caseId: string; own: string }) {
  const [kind, setKind] = useState('');
  return (
    <Section id="case-objects" title="Objects" className="case-objects">
      <div className="filters">
        <label htmlFor="case-objects-kind">Show</label>{' '}
        <select id="case-objects-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">Every kind</option>
          {objectKinds.map((option) => (
            <option key={option.kind} value={option.kind}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <ObjectsTable key={kind || 'all'} reference={reference} caseId={caseId} own={own} kind={kind === '' ? null : kind} />
    </Section>
  );
}

function ObjectsTable({ reference, caseId, own, kind }: { reference: string; caseId: string; own: string; kind: string | null }) {
  const [pages, more] = usePages();
  return (
    <table className="list objects">
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Object</th>
          <th scope="col">Held in this case by</th>
          <th scope="col">Also recorded in</th>
          <th scope="col">Recorded here</th>
        </tr>
      </thead>
      {pages.map((after, index) => (
        <ObjectsPage key={after ?? 'first'} {...{ reference, caseId, own, kind, after }} last={index === pages.length - 1} onMore={more} />
      ))}
    </table>
  );
}

function ObjectsPage(props: {
  reference: string;
  caseId: string;
  own: string;
  kind: string | null;
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { reference, caseId, own, kind, after, last, onMore } = props;
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<CaseObjectsData>({
    query: CaseObjectsQuery,
    variables: { reference, kind, first: PAGE, after },
  });
  const connection = data?.case?.objects ?? undefined;
  const edges = connection?.edges ?? [];
  return (
    <tbody>
      {edges.map((edge) => (
        <ObjectRow key={edge.node.id} object={edge.node} recordedAt={edge.recordedAt} caseId={caseId} own={own} />
      ))}
      {last ? (
        <PageFoot
          colSpan={5}
          what="objects"
          empty={kind === null ? 'No phone, vehicle, account or item is recorded in this case yet.' : 'None of this kind is recorded in this case.'}
          first={after === null}
          loaded={connection !== undefined}
          count={edges.length}
          fetching={fetching}
          error={error}
          extensions={extensions}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={connection?.pageInfo}
          onMore={onMore}
        >
          {data?.case?.objects === null ? <Empty>The objects could not be loaded just now (the entities service did not answer).</Empty> : null}
        </PageFoot>
      ) : null}
    </tbody>
  );
}

function ObjectRow({ object, recordedAt, caseId, own }: { object: CaseObject; recordedAt: string; caseId: string; own: string }) {
  const { value, detail } = describe(object);
  const claims = claimsOf(object);
  const holders = object.people.filter((holder) => holder.case?.id === caseId);
  const elsewhere = object.cases.edges.flatMap((edge) => (edge.node !== null && edge.node.id !== caseId ? [edge.node] : []));
  return (
    <tr>
      <td>{kindOf(object)}</td>
      <th scope="row">
        <span className="object-value">{value}</span>
        {detail !== null ? <span className="object-detail">{detail}</span> : null}
        {showClaims(claims, own) ? <Claims claims={claims} own={own} label={`How each force describes ${value}`} /> : null}
      </th>
      <td>
        {holders.length > 0
          ? holders
              .map((holder) => `${personName(holder.person)} (${titleCase(holder.relation).toLowerCase()}, ${titleCase(holder.role).toLowerCase()})`)
              .join('; ')
          : '—'}
      </td>
      <td>
        {elsewhere.length === 0 ? (
          'No other case you may see'
        ) : (
          <ul className="also-in">
            {elsewhere.map((other) => (
              <li key={other.id}>
                <Link to={`/cases/${encodeURIComponent(other.reference)}`}>{other.reference}</Link> <ForceBadge code={other.force.code} own={own} />
              </li>
            ))}
            {object.cases.pageInfo.hasNextPage ? <li>and more</li> : null}
          </ul>
        )}
      </td>
      <td>{formatDate(recordedAt)}</td>
    </tr>
  );
}
