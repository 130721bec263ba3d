import { useId, useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { useSession } from '../session/use-session.js';
import { Badge, ForceBadge } from '../ui/Badge.js';
import { formatDate, formatDateTime } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import { Problem } from '../ui/states.js';
import { DecideMatchMutation, type MatchOutcome, type MatchPerson, type MatchSuggestion } from './match-fields.js';
import { personName, scoreWords } from './match-words.js';

const REASON_MAX = 1000;

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
      {suggestion.decision === null ? <DecideForm suggestion={suggestion} /> : <Decided decision={suggestion.decision} />}
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

function Decided({ decision }: { decision: NonNullable<MatchSuggestion['decision']> }) {
  return (
    <p className="match-decision">
      <Badge tone={decision.outcome === 'SAME' ? 'good' : 'plain'}>{decision.outcome === 'SAME' ? 'The same person' : 'Not the same person'}</Badge> decided by{' '}
      {decision.decidedBy} on {formatDateTime(decision.decidedAt)}: <q>{decision.reason}</q>
    </p>
  );
}

function DecideForm({ suggestion }: { suggestion: MatchSuggestion }) {
  const [deciding, decide] = useMutation(DecideMatchMutation);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const reasonId = useId();
  const hintId = useId();
  const blank = reason.trim() === '';
  const [first, second] = suggestion.people;

  const submit = async (outcome: MatchOutcome) => {
    setTried(true);
    if (blank || first === undefined || second === undefined) return;
    const answer = await decide({ input: { personId: first.id, otherId: second.id, outcome, reason: reason.trim() } });
    setError(answer.error);
  };

  return (
    <form className="match-form" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={reasonId}>Reason for your decision</label>
      <textarea
        id={reasonId}
        value={reason}
        rows={2}
        maxLength={REASON_MAX}
        required
        aria-invalid={tried && blank}
        aria-describedby={tried && blank ? hintId : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {tried && blank ? (
        <p className="field-problem" id={hintId}>
          Give a reason before deciding.
        </p>
      ) : null}
      <div className="buttons">
        <button type="button" disabled={deciding.fetching} onClick={() => void submit('SAME')}>
          The same person
        </button>
        <button type="button" className="secondary" disabled={deciding.fetching} onClick={() => void submit('DIFFERENT')}>
          Not the same
        </button>
      </div>
      <Problem error={error} />
    </form>
  );
}
