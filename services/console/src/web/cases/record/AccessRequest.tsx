import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorOf } from '../../api/errors.js';
import { requestStatusTone } from '../../supervisor/access.js';
import { Badge } from '../../ui/Badge.js';
import { formatDateTime, titleCase } from '../../ui/format.js';
import { Link } from '../../ui/Link.js';
import { Problem } from '../../ui/states.js';
import { accessReasonProblem } from './access.js';

const RequestCaseAccess = `
  mutation RequestCaseAccess($input: RequestCaseAccessInput!) {
    requestCaseAccess(input: $input) { id status requestedAt decidedAt decisionReason force { code name } case { id reference title } }
  }
`;

// The officer's own requests, newest first: where a decision on this one shows once it is made.
const MyAccessRequests = `
  query MyAccessRequests {
    accessRequests(mine: true, first: 20) { edges { node { id status requestedAt decidedAt decisionReason force { code name } case { id reference title } } } }
  }
`;

interface Request {
  id: string;
  status: string;
  requestedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  force: { code: string; name: string };
  case: { id: string; reference: string; title: string } | null;
}
interface AccessRequestData {
  requestCaseAccess: Request;
}
interface MyAccessRequestsData {
  accessRequests: { edges: { node: Request }[] };
}
interface AccessRequestVariables {
  input: { hitId: string; purpose: string };
}

/** "Ask for access" to a case known only by its force: a reason, then the request and its status. */
export function AccessRequest({ hitId, force }: { hitId: string; force: { code: string; name: string } }) {
  const id = useId();
  const [{ fetching, error, data }, request] = useMutation<AccessRequestData, AccessRequestVariables>(RequestCaseAccess);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [mine, check] = useQuery<MyAccessRequestsData>({ query: MyAccessRequests, pause: !checking, requestPolicy: 'network-only' });
  const asked = data?.requestCaseAccess;
  const sent = mine.data?.accessRequests.edges.find((edge) => edge.node.id === asked?.id)?.node ?? asked;

  if (sent !== undefined) {
    return (
      <div className="access-request">
        <p role="status">
          Access requested from {sent.force.name}: <Badge tone={requestStatusTone(sent.status)}>{titleCase(sent.status)}</Badge>{' '}
          <span className="muted">asked {formatDateTime(sent.requestedAt)}</span>
          {sent.status === 'PENDING' ? ' · its supervisors decide; you will get an alert.' : null}
          {sent.decidedAt !== null ? ` · decided ${formatDateTime(sent.decidedAt)}` : null}
          {sent.decisionReason !== null ? `: ${sent.decisionReason}` : null}
          {sent.case !== null ? (
            <>
              {' · '}
              <Link to={`/cases/${encodeURIComponent(sent.case.reference)}`}>{sent.case.reference}</Link>
            </>
          ) : null}
        </p>
        {sent.status === 'PENDING' ? (
          <button type="button" className="secondary" disabled={mine.fetching} onClick={() => (checking ? check() : setChecking(true))}>
            {mine.fetching ? 'Checking…' : 'Check status'}
          </button>
        ) : null}
        <Problem error={mine.error} />
      </div>
    );
  }
  if (!open) {
    return (
      <button type="button" className="secondary ask-access" onClick={() => setOpen(true)}>
        Ask {force.code} for access
      </button>
    );
  }

  const refusal = errorOf(error);
  const shown = problem ?? (refusal?.field === 'input.purpose' ? refusal.message : null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wrong = accessReasonProblem(reason);
    setProblem(wrong);
    if (wrong !== null) return document.getElementById(`${id}-reason`)?.focus();
    await request({ input: { hitId, purpose: reason.trim() } });
  };
  return (
    <form className="access-request-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-reason`}>Why you need this case</label>
      <p id={`${id}-hint`} className="hint">
        {force.name}’s supervisors read this to decide. 10 to 1,000 characters.
      </p>
      <textarea
        id={`${id}-reason`}
        value={reason}
        rows={3}
        required
        aria-invalid={shown !== null}
        aria-describedby={shown !== null ? `${id}-hint ${id}-problem` : `${id}-hint`}
        onChange={(event) => setReason(event.target.value)}
      />
      {shown !== null ? (
        <p id={`${id}-problem`} className="field-problem">
          {shown}
        </p>
      ) : null}
      {refusal !== null && shown === null ? <Problem error={error} /> : null}
      <div className="buttons">
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
        <button type="submit" disabled={fetching}>
          {fetching ? 'Sending…' : 'Send request'}
        </button>
      </div>
    </form>
  );
}
