import { useId, useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { hasRole } from '../session/session.js';
import { useSession } from '../session/use-session.js';
import { ForceBadge } from '../ui/Badge.js';
import { formatDateTime } from '../ui/format.js';
import { Problem } from '../ui/states.js';
import { AccessRequestFields, type AccessRequestRow } from './alert-fields.js';

const DecideMutation = `mutation DecideCaseAccess($input: DecideCaseAccessInput!) { decideCaseAccess(input: $input) { ${AccessRequestFields} } }`;

const REASON_MAX = 1000;

/**
 * An access request on an alert: who asked and why, and its decision once made. A supervisor
 * deciding a pending request grants or refuses it here, giving the reason the requester is told.
 */
export function AccessDecision({ request, decides }: { request: AccessRequestRow; decides: boolean }) {
  const { officer } = useSession();
  const [deciding, decide] = useMutation(DecideMutation);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const reasonId = useId();
  const hintId = useId();
  const pending = request.status === 'PENDING';
  const blank = reason.trim() === '';

  const submit = async (grant: boolean) => {
    setTried(true);
    if (blank) return;
    const outcome = await decide({ input: { requestId: request.id, grant, reason: reason.trim() } });
    setError(outcome.error);
  };

  return (
    <div className={`access-request ${request.status.toLowerCase()}`}>
      <p className="access-request-asked">
        {request.requestedByName} ({request.requestedBy}) <ForceBadge code={request.requestedByForce.code} own={officer.force} /> asked on{' '}
        {formatDateTime(request.requestedAt)}: <q>{request.purpose}</q>
      </p>
      {pending ? (
        decides && hasRole(officer, 'supervisor') ? (
          <form className="access-decision" onSubmit={(event) => event.preventDefault()}>
            <label htmlFor={reasonId}>Reason for your decision (the requester is told)</label>
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
                Give a reason before granting or refusing.
              </p>
            ) : null}
            <div className="buttons">
              <button type="button" disabled={deciding.fetching} onClick={() => void submit(true)}>
                Grant
              </button>
              <button type="button" className="danger" disabled={deciding.fetching} onClick={() => void submit(false)}>
                Refuse
              </button>
            </div>
          </form>
        ) : (
          <p className="access-request-status">Awaiting a decision by a supervisor of the case’s force.</p>
        )
      ) : (
        <p className="access-request-status">
          <strong>{request.status === 'GRANTED' ? 'Granted' : request.status === 'REFUSED' ? 'Refused' : request.status}</strong>
          {request.decidedBy !== null ? ` by ${request.decidedBy}` : ''}
          {request.decidedAt !== null ? ` on ${formatDateTime(request.decidedAt)}` : ''}
          {request.decisionReason !== null ? (
            <>
              : <q>{request.decisionReason}</q>
            </>
          ) : null}
        </p>
      )}
      <Problem error={error} />
    </div>
  );
}
