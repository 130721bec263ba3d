import { useSession } from '../../session/use-session.js';
import { ForceBadge } from '../../ui/Badge.js';
import { Link } from '../../ui/Link.js';
import { AccessRequest } from './AccessRequest.js';
import { hitsHeadline, type Hit } from './hits.js';

/**
 * Where else a value just recorded is known: a case the officer may see by name, one they may not
 * only as "known to" its force, with its officer in charge (who has been alerted) and a way to ask
 * that force for the case. Discovery without disclosure: nothing more of that case is shown.
 */
export function KnownElsewhere({ what, hits }: { what: string; hits: readonly Hit[] }) {
  const { officer } = useSession();
  if (hits.length === 0) return <p className="known-nowhere muted">{hitsHeadline(what, hits)}</p>;
  return (
    <div className="known-elsewhere" role="region" aria-label="Known elsewhere">
      <h3>Known elsewhere</h3>
      <p>{hitsHeadline(what, hits)}</p>
      <ul className="items hits">
        {hits.map((hit, index) => (
          <li key={hit.id ?? hit.case?.id ?? `${hit.force.code}-${index}`} className={hit.case === null ? 'hit hidden-case' : 'hit seen-case'}>
            <ForceBadge code={hit.force.code} own={officer.force} /> <span className="force-name">{hit.force.name}</span>
            {hit.case !== null ? (
              <>
                {' · '}
                <Link to={`/cases/${encodeURIComponent(hit.case.reference)}`}>{hit.case.reference}</Link> {hit.case.title}
              </>
            ) : (
              <HiddenCase hit={hit} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function HiddenCase({ hit }: { hit: Hit }) {
  return (
    <>
      {' · '}
      <span className="hit-known">
        Known to {hit.force.code} in a case you may not see. Its officer in charge, <span className="username">{hit.officerInCharge}</span>, has been told you
        recorded it.
      </span>
      {hit.id !== null ? (
        <AccessRequest hitId={hit.id} force={hit.force} />
      ) : (
        <p className="hint">This answers a repeated request: ask for access from the hit in your alerts, or contact {hit.officerInCharge}.</p>
      )}
    </>
  );
}
