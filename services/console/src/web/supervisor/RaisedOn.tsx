import { ForceBadge } from '../ui/Badge.js';
import { Link } from '../ui/Link.js';
import { operationPath } from './operation.js';
import type { SupervisorActionRow } from './supervisor-fields.js';

/** Where the action was raised: its case, or its operation, with the owning force. */
export function RaisedOn({ action, own }: { action: SupervisorActionRow; own: string }) {
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
        Operation <Link to={operationPath(action.operation.id)}>{action.operation.name}</Link> <ForceBadge code={action.operation.leadForce.code} own={own} />
      </>
    );
  }
  return (
    <>
      A case you may not see <ForceBadge code={action.owningForce.code} own={own} />
    </>
  );
}
