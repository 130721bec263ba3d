import { withheldOf } from '../../api/errors.js';
import { useCrosslinkQuery } from '../../api/use-query.js';
import { hasRole } from '../../session/session.js';
import { useSession } from '../../session/use-session.js';
import { operationBoardRoles, operationPath } from '../../supervisor/operation.js';
import { ForceBadge } from '../../ui/Badge.js';
import { formatDate } from '../../ui/format.js';
import { Link } from '../../ui/Link.js';
import { Empty, Loading, Problem, WithheldNotice } from '../../ui/states.js';
import type { ForceRef } from './case-data.js';
import { Section } from './Section.js';

const CaseOperationsQuery = `
  query CaseOperations($reference: String!) {
    case(reference: $reference) {
      id
      operations { operation { id name leadForce { code name } } joinedBy joinedAt }
    }
  }
`;

interface CaseOperation {
  operation: { id: string; name: string; leadForce: ForceRef };
  joinedBy: string;
  joinedAt: string;
}
interface OperationsData {
  case: { id: string; operations: CaseOperation[] } | null;
}

/**
 * The operations the case is part of, earliest joined first, each with its lead force and who joined
 * the case; an operation's name opens its board for those whose roles open the board. One another
 * force leads is left out without a purpose, and the notice says so.
 */
export function CaseOperations({ reference, own }: { reference: string; own: string }) {
  const { officer } = useSession();
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<OperationsData>({ query: CaseOperationsQuery, variables: { reference } });
  const joined = data?.case?.operations ?? [];
  const withheld = withheldOf(extensions);
  const loaded = data?.case !== undefined && data.case !== null;
  const board = hasRole(officer, ...operationBoardRoles);
  return (
    <Section id="case-operations" title="Operations" className="case-operations">
      {fetching && data === undefined ? <Loading what="the operations" /> : null}
      <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      <WithheldNotice withheld={withheld} />
      {loaded && joined.length === 0 && withheld === null ? <Empty>Not part of an operation. A supervisor joins cases to an operation.</Empty> : null}
      {joined.length > 0 ? (
        <table className="list operations">
          <thead>
            <tr>
              <th scope="col">Operation</th>
              <th scope="col">Lead force</th>
              <th scope="col">Joined</th>
            </tr>
          </thead>
          <tbody>
            {joined.map(({ operation, joinedBy, joinedAt }) => (
              <tr key={operation.id}>
                <th scope="row">{board ? <Link to={operationPath(operation.id)}>{operation.name}</Link> : operation.name}</th>
                <td>
                  <ForceBadge code={operation.leadForce.code} own={own} /> {operation.leadForce.name}
                </td>
                <td>
                  {formatDate(joinedAt)} <span className="username">by {joinedBy}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Section>
  );
}
