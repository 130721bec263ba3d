import { Badge, ForceBadge } from '../ui/Badge.js';
import { formatDate, formatDateTime, titleCase } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import type { ActionRow } from './action-fields.js';
import { asActionStatus, stepsFor, type ActionViewer } from './action-steps.js';
import { ActionStepButtons } from './ActionStepButtons.js';

/** One action: what to do, by when, where it was raised, what came of it, and the steps open now. */
export function ActionItem({ action, own, viewer }: { action: ActionRow; own: string; viewer: ActionViewer }) {
  const status = asActionStatus(action.status);
  const steps = status === null ? [] : stepsFor(status, viewer);
  return (
    <li className={`action status-${action.status.toLowerCase().replace(/_/g, '-')}${action.overdue ? ' overdue' : ''}`} data-action-id={action.id}>
      <p className="action-description">{action.description}</p>
      <dl className="action-facts">
        <div>
          <dt>Status</dt>
          <dd>{titleCase(action.status)}</dd>
        </div>
        <div>
          <dt>Priority</dt>
          <dd>{titleCase(action.priority)}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>
            {action.dueDate === null ? 'No deadline' : formatDate(action.dueDate)}
            {action.overdue ? (
              <>
                {' '}
                <Badge tone="warn">Overdue</Badge>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{action.operation !== null && action.case === null ? 'Operation' : 'Case'}</dt>
          <dd>
            <RaisedOn action={action} own={own} />
          </dd>
        </div>
        <div>
          <dt>Raised</dt>
          <dd>
            {formatDate(action.raisedAt)} by {action.raisedBy}
          </dd>
        </div>
      </dl>
      {action.result !== null ? (
        <p className="action-result">
          <strong>Result:</strong> {action.result}
        </p>
      ) : null}
      {action.comments.length > 0 ? (
        <details className="action-comments">
          <summary>Comments ({action.comments.length})</summary>
          <ol>
            {action.comments.map((comment) => (
              <li key={comment.id} className={`comment ${comment.kind.toLowerCase()}`}>
                <span className="comment-meta">
                  {comment.kind === 'RETURN' ? 'Returned by ' : ''}
                  {comment.by}, {formatDateTime(comment.at)}:
                </span>{' '}
                {comment.text}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <ActionStepButtons action={action} steps={steps} />
    </li>
  );
}

function RaisedOn({ action, own }: { action: ActionRow; own: string }) {
  if (action.case !== null) {
    return (
      <>
        <Link to={`/cases/${encodeURIComponent(action.case.reference)}`}>{action.case.reference}</Link> {action.case.title}{' '}
        <ForceBadge code={action.case.force.code} own={own} />
      </>
    );
  }
  if (action.operation !== null) {
    return (
      <>
        {action.operation.name} <ForceBadge code={action.operation.leadForce.code} own={own} />
      </>
    );
  }
  return (
    <>
      A case you may not see <ForceBadge code={action.owningForce.code} own={own} />
    </>
  );
}
