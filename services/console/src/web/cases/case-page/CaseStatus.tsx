import { useState } from 'react';
import { useMutation } from 'urql';
import type { CaseStatus as Status } from '../../api/schema-enums.js';
import { useSession } from '../../session/use-session.js';
import { titleCase } from '../../ui/format.js';
import { Problem } from '../../ui/states.js';
import { isCaseStatus, needsReason, nextStatuses, stepLabel, stepsFor, worksOn } from './case-status.js';
import { Section } from './Section.js';

const ChangeCaseStatus = `
  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {
    changeCaseStatus(input: $input) { id status openedAt closedAt }
  }
`;

interface ChangeData {
  changeCaseStatus: { id: string; status: string; openedAt: string | null; closedAt: string | null };
}
interface ChangeVariables {
  input: { caseId: string; status: Status; reason?: string };
}

/** The case's status and the steps of its lifecycle open to the officer from there. */
export function CaseStatus({ caseId, status, force }: { caseId: string; status: string; force: string }) {
  const { officer } = useSession();
  const [{ fetching, error }, change] = useMutation<ChangeData, ChangeVariables>(ChangeCaseStatus);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const from = isCaseStatus(status) ? status : null;
  const steps = from !== null && worksOn(officer, force) ? stepsFor(from, officer.roles) : [];
  const withheld = from !== null ? nextStatuses(from).filter((to) => !steps.includes(to)) : [];
  const reopening = from === 'CLOSED';

  const move = async (to: Status) => {
    if (from === null) return;
    const text = reason.trim();
    if (needsReason(from, to) && text === '') {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    setDone(null);
    const result = await change({ input: { caseId, status: to, ...(text !== '' ? { reason: text } : {}) } });
    if (result.error === undefined && result.data !== undefined) {
      setReason('');
      setDone(`The case is now ${titleCase(result.data.changeCaseStatus.status).toLowerCase()}.`);
    }
  };

  return (
    <Section id="case-status" title="Status" className="case-status">
      <p className="status-now">
        Status: <strong>{titleCase(status)}</strong>
      </p>
      {steps.length > 0 ? (
        <form className="status-steps" onSubmit={(event) => event.preventDefault()}>
          <div className="field">
            <label htmlFor="case-status-reason">
              {reopening ? 'Why reopen the case (required, kept in its history)' : 'Reason (optional, kept in its history)'}
            </label>
            <input
              id="case-status-reason"
              type="text"
              value={reason}
              maxLength={1000}
              aria-invalid={reasonMissing}
              aria-describedby={reasonMissing ? 'case-status-reason-problem' : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
            {reasonMissing ? (
              <p id="case-status-reason-problem" className="field-problem">
                Say why the case is reopened.
              </p>
            ) : null}
          </div>
          <div className="buttons">
            {steps.map((to) => (
              <button key={to} type="button" disabled={fetching} onClick={() => void move(to)}>
                {from !== null ? stepLabel(from, to) : to}
              </button>
            ))}
          </div>
        </form>
      ) : null}
      {withheld.length > 0 && worksOn(officer, force) ? (
        <p className="hint">
          {withheld.map((to) => titleCase(to)).join(' or ')}: {reopening ? 'reopening' : 'closing'} the case is a supervisor’s decision.
        </p>
      ) : null}
      {from !== null && nextStatuses(from).length > 0 && !worksOn(officer, force) ? (
        <p className="hint">Only {force}’s detectives and supervisors change this case’s status.</p>
      ) : null}
      <Problem error={error} />
      {done !== null ? (
        <p className="state done" role="status">
          {done}
        </p>
      ) : null}
    </Section>
  );
}
