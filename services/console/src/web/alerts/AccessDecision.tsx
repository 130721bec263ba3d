import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { hasRole } from '../session/session.js';
import { useSession } from '../session/use-session.js';
import { ForceBadge } from '../ui/Badge.js';
import { formatDateTime } from '../ui/format.js';
import { ReasonedChoice } from '../ui/ReasonedChoice.js';
import { Problem } from '../ui/states.js';
import { AccessRequestFields, type AccessRequestRow } from './alert-fields.js';

const DecideMutation = `mutation DecideCaseAccess($input: DecideCaseAccessInput!) { decideCaseAccess(input: $input) { ${AccessRequestFields} } }`;

/**
 * An access request on an alert: who asked and why, and its decision once made. A supervisor
 * deciding a pending request grants or refuses it here, giving the reason the requester is told.
 */
export function AccessDecision({ request, decides }: { request: AccessRequestRow; decides: boolean }) {
  const { officer } = useSession();
  const [deciding, decide] = useMutation(DecideMutation);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const pending = request.status === 'PENDING';

  const submit = (grant: boolean) => async (reason: string) => {
    const outcome = await decide({ input: { requestId: request.id, grant, reason } });
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
          <ReasonedChoice
            label="Reason for your decision (the requester is told)"
            missing="Give a reason before granting or refusing."
            choices={[
              { label: 'Grant', choose: submit(true) },
              { label: 'Refuse', tone: 'danger', choose: submit(false) },
            ]}
            busy={deciding.fetching}
          />
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
