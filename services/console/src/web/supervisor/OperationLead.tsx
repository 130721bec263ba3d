import { useId, useState, type FormEvent } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { Section } from '../cases/case-page/Section.js';
import { ForceBadge } from '../ui/Badge.js';
import { formatDateTime } from '../ui/format.js';
import { Problem } from '../ui/states.js';
import { forceChoices, supervisesForce, type ForceRow, type Viewer } from './forces.js';
import { decisionReasonProblem } from './operation.js';
import { LEAD_HISTORY, OperationFields, type OperationDetail } from './supervisor-fields.js';

const TransferMutation = `
  mutation TransferOperationLead($input: TransferOperationLeadInput!) { transferOperationLead(input: $input) { ${OperationFields} } }
`;

/** Who leads the operation, every decision on it, and (for supervisors of the lead force or the hub) handing it on. */
export function OperationLead({ operation, viewer, forces }: { operation: OperationDetail; viewer: Viewer; forces: readonly ForceRow[] }) {
  const [transferred, setTransferred] = useState<string | null>(null);
  const history = operation.leadHistory.edges.map((edge) => edge.node);
  const mayTransfer = supervisesForce(viewer, operation.leadForce.code);
  return (
    <Section id="operation-lead" title="Lead force" className="operation-lead">
      <p>
        <ForceBadge code={operation.leadForce.code} own={viewer.force} /> {operation.leadForce.name} leads this operation: its supervisors (and the hub’s) run
        it.
      </p>
      <div role="status">{transferred !== null ? <p className="success">The lead passed to {transferred}.</p> : null}</div>
      {history.length > 0 ? (
        <details className="lead-history">
          <summary>Decisions on the lead ({history.length})</summary>
          <ol>
            {history.map((change) => (
              <li key={change.id}>
                {change.from === null ? (
                  <>
                    Set up led by <ForceBadge code={change.to} own={viewer.force} />
                  </>
                ) : (
                  <>
                    From <ForceBadge code={change.from} own={viewer.force} /> to <ForceBadge code={change.to} own={viewer.force} />
                  </>
                )}{' '}
                <span className="comment-meta">
                  by {change.by}, {formatDateTime(change.at)}:
                </span>{' '}
                <q>{change.reason}</q>
              </li>
            ))}
          </ol>
          {operation.leadHistory.pageInfo.hasNextPage ? <p className="hint">The first {LEAD_HISTORY} decisions are shown.</p> : null}
        </details>
      ) : null}
      {mayTransfer ? (
        <TransferLeadForm
          key={operation.leadForce.code}
          operation={operation}
          choices={forceChoices(forces, operation.leadForce.code)}
          onTransferred={(name) => setTransferred(name)}
        />
      ) : (
        <p className="hint">Supervisors of {operation.leadForce.code}, or of the hub, transfer the lead.</p>
      )}
    </Section>
  );
}

function TransferLeadForm({ operation, choices, onTransferred }: { operation: OperationDetail; choices: ForceRow[]; onTransferred: (name: string) => void }) {
  const [transferring, transfer] = useMutation(TransferMutation);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const forceId = useId();
  const reasonId = useId();
  const forceHintId = useId();
  const reasonHintId = useId();
  const reasonProblem = decisionReasonProblem(reason);
  const forceProblem = to === '' ? 'Choose the force to take the lead.' : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (forceProblem !== null || reasonProblem !== null) return;
    const outcome = await transfer({ input: { operationId: operation.id, leadForce: to, reason: reason.trim() } });
    setError(outcome.error);
    if (outcome.error === undefined) onTransferred(choices.find((force) => force.code === to)?.name ?? to);
  };

  return (
    <details className="transfer-lead">
      <summary>Transfer the lead</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={forceId}>New lead force</label>
        <select
          id={forceId}
          value={to}
          aria-invalid={tried && forceProblem !== null}
          aria-describedby={tried && forceProblem !== null ? forceHintId : undefined}
          onChange={(event) => setTo(event.target.value)}
        >
          <option value="">{choices.length === 0 ? 'Loading forces…' : 'Choose a force'}</option>
          {choices.map((force) => (
            <option key={force.code} value={force.code}>
              {force.name} ({force.code})
            </option>
          ))}
        </select>
        {tried && forceProblem !== null ? (
          <p className="field-problem" id={forceHintId}>
            {forceProblem}
          </p>
        ) : null}
        <label htmlFor={reasonId}>Why the lead passes (kept in the lead history)</label>
        <textarea
          id={reasonId}
          value={reason}
          rows={2}
          maxLength={1000}
          required
          aria-invalid={tried && reasonProblem !== null}
          aria-describedby={tried && reasonProblem !== null ? reasonHintId : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {tried && reasonProblem !== null ? (
          <p className="field-problem" id={reasonHintId}>
            {reasonProblem}
          </p>
        ) : null}
        <div className="buttons">
          <button type="submit" disabled={transferring.fetching}>
            Transfer lead
          </button>
        </div>
        <Problem error={error} />
      </form>
    </details>
  );
}
