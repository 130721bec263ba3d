import { AccessRequest } from '../cases/record/AccessRequest.js';
import { useSession } from '../session/use-session.js';
import { ClassificationBadge, ForceBadge } from '../ui/Badge.js';
import { titleCase } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import { Empty } from '../ui/states.js';
import { forcesKnowing, isKnown, type KnownTo, type SubjectCheckAnswer } from './subject-answer.js';
import { kindChoice } from './subject-input.js';

/** The subject an answer is about, as Crosslink stores it: "Phone +447700900123", or a person's name and birth. */
export function subjectInWords(answer: SubjectCheckAnswer): string {
  if (answer.kind === 'PERSON') return answer.value;
  return `${kindChoice(answer.kind)?.label ?? titleCase(answer.kind)} ${answer.value}`;
}

/** Where a checked subject is known: the forces, the cases the officer may see, and whom to ask about the rest. */
export function SubjectAnswer({ answer }: { answer: SubjectCheckAnswer }) {
  const { officer } = useSession();
  const what = subjectInWords(answer);
  if (!isKnown(answer)) {
    return (
      <section className="check-answer" aria-labelledby="check-answer-title">
        <h2 id="check-answer-title">
          <span className="value">{what}</span>
        </h2>
        <Empty>
          Nothing was found, and nobody was alerted. Check that it is written as you meant (above, as Crosslink reads it), or check another of the subject’s
          identifiers: a person may be known by a PNC ID or NI number rather than by name.
        </Empty>
      </section>
    );
  }
  const forces = forcesKnowing(answer);
  return (
    <section className="check-answer" aria-labelledby="check-answer-title">
      <h2 id="check-answer-title">
        Where <span className="value">{what}</span> is known
      </h2>
      <ul className="items check-forces" aria-label="Forces">
        {forces.map(({ force, seen, contacts }) => (
          <li key={force.code}>
            <ForceBadge code={force.code} own={officer.force} /> <span className="force-name">{force.name}</span>
            {seen > 0 ? <span className="muted"> · {seen === 1 ? 'a case' : `${seen} cases`} you may see</span> : null}
            {contacts.length > 0 ? (
              <span className="muted">
                {' · '}cases you may not see: ask{' '}
                {contacts.map((username, index) => (
                  <span key={username}>
                    {index > 0 ? ', ' : null}
                    <span className="username">{username}</span>
                  </span>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {answer.cases.length > 0 ? (
        <>
          <h3 className="check-subhead">Cases you may see</h3>
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Title</th>
                <th scope="col">Force</th>
                <th scope="col">Status</th>
                <th scope="col">Officer in charge</th>
              </tr>
            </thead>
            <tbody>
              {answer.cases.map((seen) => (
                <tr key={seen.id}>
                  <td>
                    <Link to={`/cases/${encodeURIComponent(seen.reference)}`}>{seen.reference}</Link>
                  </td>
                  <td>{seen.title}</td>
                  <td>
                    <ForceBadge code={seen.force.code} own={officer.force} /> <ClassificationBadge tier={seen.classification} />
                  </td>
                  <td>{titleCase(seen.status)}</td>
                  <td>{seen.officerInCharge}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {answer.knownElsewhere.length > 0 ? <KnownElsewhereList known={answer.knownElsewhere} own={officer.force} /> : null}
    </section>
  );
}

/**
 * Forces whose cases hold the subject, which the officer may not see: nothing of those cases, only
 * their force and officer in charge (already told of the check), and a way to ask for access.
 */
function KnownElsewhereList({ known, own }: { known: readonly KnownTo[]; own: string }) {
  return (
    <div className="known-elsewhere" role="region" aria-labelledby="check-elsewhere-title">
      <h3 id="check-elsewhere-title">Known in cases you may not see</h3>
      <p>
        Nothing of these cases is shown. Their officers in charge have been told that you asked, with your name and reason: contact them, or ask the force for
        access.
      </p>
      <ul className="items hits">
        {known.map((hit) => (
          <li key={`${hit.force.code}-${hit.officerInCharge}-${hit.hitId}`} className="hit hidden-case">
            <ForceBadge code={hit.force.code} own={own} /> <span className="force-name">{hit.force.name}</span>
            {' · '}
            <span className="hit-known">
              Officer in charge: <span className="username">{hit.officerInCharge}</span>
            </span>
            {hit.hitId !== '' ? (
              <AccessRequest hitId={hit.hitId} force={hit.force} />
            ) : (
              <p className="hint">No request can name this answer: contact {hit.officerInCharge} instead.</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
