import { useId, useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import type { MatchOutcome } from '../api/schema-enums.js';
import { useSession } from '../session/use-session.js';
import { Badge, ForceBadge } from '../ui/Badge.js';
import { formatDate, formatDateTime } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import { ReasonedChoice } from '../ui/ReasonedChoice.js';
import { DecideMatchMutation, type MatchPerson, type MatchSuggestion } from './match-fields.js';
import { personName, scoreWords } from './match-words.js';

/** One suggested pair: the two records side by side, why they were paired, and the decision or the form to make it. */
export function MatchCard({ suggestion }: { suggestion: MatchSuggestion }) {
  const [first, second] = suggestion.people;
  const titleId = useId();
  if (first === undefined || second === undefined) return null;
  return (
    <li className="match-item" data-match-id={suggestion.id}>
      <h2 id={titleId} className="match-title">
        {personName(first)} and {personName(second)} <span className="match-score">{scoreWords(suggestion.score)}</span>
      </h2>
      <div className="match-people">
        <PersonSide person={first} />
        <PersonSide person={second} />
      </div>
      <ul className="match-reasons" aria-label="Why they were paired">
        {suggestion.reasons.map((reason) => (
          <li key={`${reason.kind}:${reason.detail}`}>{reason.detail}</li>
        ))}
      </ul>
      {suggestion.decision === null ? (
        <DecideForm suggestion={suggestion} />
      ) : (
        <Decided key={suggestion.decision.decidedAt} suggestion={suggestion} decision={suggestion.decision} />
      )}
    </li>
  );
}

function PersonSide({ person }: { person: MatchPerson }) {
  const { officer } = useSession();
  return (
    <div className="match-person">
      <p className="match-name">
        <strong>{personName(person)}</strong>
      </p>
      <p>Born {person.dateOfBirth === null ? 'not recorded' : formatDate(person.dateOfBirth)}</p>
      <p aria-label="Forces whose cases record them">
        {person.forces.map((force) => (
          <ForceBadge key={force} code={force} own={officer.force} />
        ))}
      </p>
      <p>
        <Link to={`/explorer?seed=${encodeURIComponent(`Person:${person.id}`)}`}>Show in the explorer</Link>
      </p>
    </div>
  );
}

/**
 * A decided pair: the decision, what it does (the same person's two records are joined in the
 * network), and a way to decide again, which replaces it and so undoes the join.
 */
function Decided({ suggestion, decision }: { suggestion: MatchSuggestion; decision: NonNullable<MatchSuggestion['decision']> }) {
  const [changing, setChanging] = useState(false);
  return (
    <div className="match-decision">
      <p>
        <Badge tone={decision.outcome === 'SAME' ? 'good' : 'plain'}>{decision.outcome === 'SAME' ? 'The same person' : 'Not the same person'}</Badge> decided
        by {decision.decidedBy} on {formatDateTime(decision.decidedAt)}: <q>{decision.reason}</q>
      </p>
      {decision.outcome === 'SAME' ? <p className="hint">The explorer joins the two records with a “Same person (decided)” link.</p> : null}
      {changing ? (
        <DecideForm suggestion={suggestion} />
      ) : (
        <button type="button" className="secondary" onClick={() => setChanging(true)}>
          Change the decision
        </button>
      )}
    </div>
  );
}

function DecideForm({ suggestion }: { suggestion: MatchSuggestion }) {
  const [deciding, decide] = useMutation(DecideMatchMutation);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const [first, second] = suggestion.people;
  const submit = (outcome: MatchOutcome) => async (reason: string) => {
    if (first === undefined || second === undefined) return;
    const answer = await decide({ input: { personId: first.id, otherId: second.id, outcome, reason } });
    setError(answer.error);
  };
  return (
    <ReasonedChoice
      label="Reason for your decision"
      missing="Give a reason before deciding."
      choices={[
        { label: 'The same person', choose: submit('SAME') },
        { label: 'Not the same', tone: 'secondary', choose: submit('DIFFERENT') },
      ]}
      busy={deciding.fetching}
      error={error}
    />
  );
}
