import { explorerHref } from '../explorer/scope.js';
import { Badge, ForceBadge } from '../ui/Badge.js';
import { titleCase } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import type { CaseHit, CaseRef, HoldingCases, LocationHit, PersonHit, PhoneHit, SearchHit, VehicleHit } from './search-fields.js';

const caseHref = (reference: string) => `/cases/${encodeURIComponent(reference)}`;

/**
 * One hit: a case links to its page; a person or a place shows its details and the cases it is in;
 * a phone or a vehicle shows its number or registration, opens the explorer on it and lists the
 * cases recording it.
 */
export function SearchHitItem({ hit, own }: { hit: SearchHit; own: string }) {
  const { node } = hit;
  return (
    <li className={`search-hit ${hit.kind.toLowerCase()}`} data-rank={hit.rank}>
      <span className="hit-kind">{titleCase(hit.kind)}</span>
      {node.__typename === 'Case' ? <CaseResult node={node} own={own} /> : null}
      {node.__typename === 'Person' ? <PersonResult node={node} own={own} /> : null}
      {node.__typename === 'Location' ? <LocationResult node={node} own={own} /> : null}
      {node.__typename === 'Phone' ? <PhoneResult node={node} own={own} /> : null}
      {node.__typename === 'Vehicle' ? <VehicleResult node={node} own={own} /> : null}
    </li>
  );
}

function CaseResult({ node, own }: { node: CaseHit; own: string }) {
  return (
    <div className="hit-body">
      <Link to={caseHref(node.reference)}>{node.reference}</Link> {node.title} <ForceBadge code={node.force.code} own={own} />
      <p className="hit-details">
        {titleCase(node.status)}
        {node.crimeTypes.length > 0 ? ` · ${node.crimeTypes.map(titleCase).join(', ')}` : ''}
      </p>
    </div>
  );
}

function PersonResult({ node, own }: { node: PersonHit; own: string }) {
  return (
    <div className="hit-body">
      <strong className="hit-name">
        {node.surname.toUpperCase()}, {node.forenames}
      </strong>
      {node.dateOfBirth !== null ? <span className="hit-details"> born {node.dateOfBirth}</span> : null}
      {node.safeguarding.flagged ? (
        <>
          {' '}
          <Badge tone="warn" title="Safeguarding">
            Safeguarding: {node.safeguarding.reasons.map(titleCase).join(', ')}
          </Badge>
        </>
      ) : null}
      {node.aliases.length > 0 ? (
        <p className="hit-details">Also known as {node.aliases.map((alias) => `${alias.forenames} ${alias.surname}`).join('; ')}</p>
      ) : null}
      <CaseLinks
        label={`Cases ${node.forenames} ${node.surname} is in`}
        entries={node.cases.map((entry) => ({ role: entry.role, case: entry.case }))}
        own={own}
      />
    </div>
  );
}

function LocationResult({ node, own }: { node: LocationHit; own: string }) {
  const address = [node.line1, node.line2, node.town, node.postcode].filter((part) => part !== null && part !== '').join(', ');
  return (
    <div className="hit-body">
      <strong className="hit-name">{address}</strong>
      {node.forceArea !== null ? (
        <>
          {' '}
          <Badge tone="info" title={`In ${node.forceArea.name}’s area`}>
            {node.forceArea.code} area
          </Badge>
        </>
      ) : null}
      <CaseLinks label={`Cases recording ${node.line1}`} entries={node.claims.map((claim) => ({ role: null, case: claim.case }))} own={own} />
      {node.people.length > 0 ? (
        <ul className="hit-people" aria-label={`People the cases place at ${node.line1}`}>
          {node.people.map((occupant) => (
            <li key={`${occupant.person.id}:${occupant.case?.id ?? ''}:${occupant.role}`}>
              {occupant.person.forenames} {occupant.person.surname} ({titleCase(occupant.role)}
              {occupant.case !== null ? (
                <>
                  , <Link to={caseHref(occupant.case.reference)}>{occupant.case.reference}</Link>
                </>
              ) : null}
              )
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function PhoneResult({ node, own }: { node: PhoneHit; own: string }) {
  return (
    <div className="hit-body">
      <strong className="hit-name value">{node.number}</strong>
      <p className="hit-details">
        Phone number · <Link to={explorerHref({ kind: 'record', record: { kind: 'PHONE', id: node.id } })}>Open {node.number} in the explorer</Link>
      </p>
      <HoldingCaseLinks label={`Cases recording ${node.number}`} cases={node.holding} own={own} />
    </div>
  );
}

function VehicleResult({ node, own }: { node: VehicleHit; own: string }) {
  const description = [node.colour, node.make, node.model].filter((part) => part !== null && part !== '').join(' ');
  return (
    <div className="hit-body">
      <strong className="hit-name value">{node.vrm}</strong>
      <p className="hit-details">
        Registration mark{description !== '' ? ` · ${description}` : ''} ·{' '}
        <Link to={explorerHref({ kind: 'record', record: { kind: 'VEHICLE', id: node.id } })}>Open {node.vrm} in the explorer</Link>
      </p>
      <HoldingCaseLinks label={`Cases recording ${node.vrm}`} cases={node.holding} own={own} />
    </div>
  );
}

/** The cases recording a phone or vehicle, saying so when there are more than those read. */
function HoldingCaseLinks({ label, cases, own }: { label: string; cases: HoldingCases; own: string }) {
  return (
    <>
      <CaseLinks label={label} entries={cases.edges.map((edge) => ({ role: null, case: edge.node }))} own={own} />
      {cases.pageInfo.hasNextPage ? <p className="hit-details">And more cases: the explorer shows them all.</p> : null}
    </>
  );
}

/** The cases a person, place, phone or vehicle is in, once each; a case the service could not name is left out. */
function CaseLinks({ label, entries, own }: { label: string; entries: { role: string | null; case: CaseRef | null }[]; own: string }) {
  const seen = new Set<string>();
  const cases = entries.filter((entry): entry is { role: string | null; case: CaseRef } => {
    if (entry.case === null || seen.has(`${entry.case.id}:${entry.role ?? ''}`)) return false;
    seen.add(`${entry.case.id}:${entry.role ?? ''}`);
    return true;
  });
  if (cases.length === 0) return null;
  return (
    <ul className="hit-cases" aria-label={label}>
      {cases.map((entry) => (
        <li key={`${entry.case.id}:${entry.role ?? ''}`}>
          <Link to={caseHref(entry.case.reference)}>{entry.case.reference}</Link> {entry.case.title} <ForceBadge code={entry.case.force.code} own={own} />
          {entry.role !== null ? <span className="hit-role"> {titleCase(entry.role)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
