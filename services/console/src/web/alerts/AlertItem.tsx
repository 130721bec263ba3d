import { useId } from 'react';
import { useMutation } from 'urql';
import { ForceBadge } from '../ui/Badge.js';
import { formatDate, formatDateTime, titleCase } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import { Problem } from '../ui/states.js';
import { AccessDecision } from './AccessDecision.js';
import { alertKindWords, type AlertRow, type CaseRef } from './alert-fields.js';
import { alertsStore } from './use-unread-alerts.js';

const AcknowledgeMutation = `mutation AcknowledgeAlert($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt } }`;

/** One alert: what happened, who did it, the cases and value it is about, and what to do next. */
export function AlertItem({ alert, own }: { alert: AlertRow; own: string }) {
  const [acknowledging, acknowledge] = useMutation(AcknowledgeMutation);
  const read = alert.acknowledgedAt !== null;
  const onAcknowledge = async () => {
    const outcome = await acknowledge({ id: alert.id });
    if (outcome.error === undefined) alertsStore.acknowledged();
  };
  const summaryId = useId();
  return (
    <li className={`alert kind-${alert.kind.toLowerCase().replace(/_/g, '-')} ${read ? 'read' : 'unread'}`} data-alert-id={alert.id}>
      <div className="alert-head">
        <span className="alert-kind">{alertKindWords(alert.kind)}</span>
        <time dateTime={alert.at}>{formatDateTime(alert.at)}</time>
        {read ? <span className="alert-read">Read {formatDateTime(alert.acknowledgedAt)}</span> : null}
      </div>
      <p className="alert-summary" id={summaryId}>
        {alert.summary}
      </p>
      <dl className="alert-facts">
        {alert.by !== null || alert.byName !== null ? (
          <div>
            <dt>By</dt>
            <dd>
              {alert.byName ?? alert.by}
              {alert.byName !== null && alert.by !== null && alert.by !== alert.byName ? ` (${alert.by})` : ''}
              {alert.byForce !== null ? (
                <>
                  {' '}
                  <ForceBadge code={alert.byForce.code} own={own} />
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
        {alert.case !== null ? <CaseFact label="Case" value={alert.case} own={own} /> : null}
        {alert.otherCase !== null ? <CaseFact label="Other case" value={alert.otherCase} own={own} /> : null}
        {alert.knownTo !== null ? (
          <div>
            <dt>Known to</dt>
            <dd>
              <ForceBadge code={alert.knownTo.force.code} own={own} /> {alert.knownTo.force.name}: a case you may not see. Its officer in charge is{' '}
              {alert.knownTo.officerInCharge}.
            </dd>
          </div>
        ) : null}
        {alert.subject !== null ? (
          <div>
            <dt>Subject</dt>
            <dd>
              {titleCase(alert.subject.kind)}: <span className="value">{alert.subject.value}</span>
            </dd>
          </div>
        ) : null}
        {alert.action !== null ? (
          <div>
            <dt>Action</dt>
            <dd>
              <Link to="/actions">{alert.action.description}</Link> ({titleCase(alert.action.status)}
              {alert.action.dueDate !== null ? `, due ${formatDate(alert.action.dueDate)}` : ''})
            </dd>
          </div>
        ) : null}
        {alert.operation !== null ? (
          <div>
            <dt>Operation</dt>
            <dd>{alert.operation.name}</dd>
          </div>
        ) : null}
        {alert.detail !== null && alert.detail !== '' ? (
          <div>
            <dt>Detail</dt>
            <dd className="alert-detail">{alert.detail}</dd>
          </div>
        ) : null}
      </dl>
      {alert.accessRequest !== null ? <AccessDecision request={alert.accessRequest} decides={alert.kind === 'ACCESS_REQUESTED'} /> : null}
      {!read ? (
        <button type="button" className="secondary" aria-describedby={summaryId} disabled={acknowledging.fetching} onClick={() => void onAcknowledge()}>
          Acknowledge
        </button>
      ) : null}
      <Problem error={acknowledging.error} />
    </li>
  );
}

function CaseFact({ label, value, own }: { label: string; value: CaseRef; own: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <Link to={`/cases/${encodeURIComponent(value.reference)}`}>{value.reference}</Link> {value.title} <ForceBadge code={value.force.code} own={own} />
      </dd>
    </div>
  );
}
