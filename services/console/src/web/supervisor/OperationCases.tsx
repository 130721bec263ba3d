import { useId, useState, type FormEvent } from 'react';
import { useClient, useMutation, type CombinedError } from 'urql';
import { Section } from '../cases/case-page/Section.js';
import { ClassificationBadge, ForceBadge } from '../ui/Badge.js';
import { titleCase } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import { Empty, Problem } from '../ui/states.js';
import { supervisesForce, type Viewer } from './forces.js';
import { decisionReasonProblem, normaliseReference, referenceProblem } from './operation.js';
import { OPERATION_CASES, OperationFields, type OperationDetail } from './supervisor-fields.js';

const CaseByReference = `query OperationCaseByReference($reference: String!) { case(reference: $reference) { id reference title force { code name } } }`;

const AddCaseMutation = `
  mutation AddCaseToOperation($input: AddCaseToOperationInput!) { addCaseToOperation(input: $input) { ${OperationFields} } }
`;

interface CaseByReferenceData {
  case: { id: string; reference: string; title: string; force: { code: string; name: string } } | null;
}

/** The operation's cases one may see, and (for supervisors of the lead force or the hub) a case added by reference. */
export function OperationCases({ operation, viewer }: { operation: OperationDetail; viewer: Viewer }) {
  const cases = operation.cases.edges.map((edge) => edge.node);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Section id="operation-cases" title="Cases" className="operation-cases">
      {cases.length === 0 ? (
        <Empty>No case of this operation is one you may see. Add one below, or ask the lead force’s supervisors.</Empty>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Title</th>
              <th scope="col">Force</th>
              <th scope="col">Status</th>
              <th scope="col">Priority</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={`/cases/${encodeURIComponent(row.reference)}`}>{row.reference}</Link>
                </th>
                <td>{row.title}</td>
                <td>
                  <ForceBadge code={row.force.code} own={viewer.force} /> <ClassificationBadge tier={row.classification} />
                </td>
                <td>{titleCase(row.status)}</td>
                <td>{titleCase(row.priority)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {operation.cases.pageInfo.hasNextPage ? <p className="hint">The first {OPERATION_CASES} cases are shown.</p> : null}
      <div role="status">{added !== null ? <p className="success">{added} joined the operation.</p> : null}</div>
      {supervisesForce(viewer, operation.leadForce.code) ? (
        <AddCaseForm operation={operation} hub={viewer.hub} onAdded={setAdded} />
      ) : (
        <p className="hint">Supervisors of {operation.leadForce.code}, or of the hub, add cases to this operation.</p>
      )}
    </Section>
  );
}

function AddCaseForm({ operation, hub, onAdded }: { operation: OperationDetail; hub: boolean; onAdded: (reference: string) => void }) {
  const client = useClient();
  const [adding, add] = useMutation(AddCaseMutation);
  const [looking, setLooking] = useState(false);
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [notFound, setNotFound] = useState<string | null>(null);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const referenceId = useId();
  const reasonId = useId();
  const referenceHintId = useId();
  const reasonHintId = useId();
  const known = operation.cases.edges.map((edge) => edge.node.reference);
  const referenceTrouble = referenceProblem(reference, known) ?? notFound;
  const reasonTrouble = decisionReasonProblem(reason);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setNotFound(null);
    setError(undefined);
    if (referenceProblem(reference, known) !== null || reasonTrouble !== null) return;
    const wanted = normaliseReference(reference);
    setLooking(true);
    const found = await client.query<CaseByReferenceData>(CaseByReference, { reference: wanted }, { requestPolicy: 'network-only' }).toPromise();
    setLooking(false);
    if (found.error !== undefined) {
      setError(found.error);
      return;
    }
    const target = found.data?.case ?? null;
    if (target === null) {
      setNotFound(`No case ${wanted} that you may see. Check the reference: only a case you may see can join.`);
      return;
    }
    const outcome = await add({ input: { operationId: operation.id, caseId: target.id, reason: reason.trim() } });
    setError(outcome.error);
    if (outcome.error === undefined) {
      onAdded(target.reference);
      setReference('');
      setReason('');
      setTried(false);
    }
  };

  return (
    <details className="add-case">
      <summary>Add a case</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="hint">{hub ? 'Any case you may see.' : 'A case of your force.'} Its force takes part in the operation from then on.</p>
        <label htmlFor={referenceId}>Case reference</label>
        <input
          id={referenceId}
          value={reference}
          placeholder="e.g. GMP-2026-00042"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={tried && referenceTrouble !== null}
          aria-describedby={tried && referenceTrouble !== null ? referenceHintId : undefined}
          onChange={(event) => {
            setReference(event.target.value);
            setNotFound(null);
          }}
        />
        {tried && referenceTrouble !== null ? (
          <p className="field-problem" id={referenceHintId}>
            {referenceTrouble}
          </p>
        ) : null}
        <label htmlFor={reasonId}>Why it joins the operation</label>
        <textarea
          id={reasonId}
          value={reason}
          rows={2}
          maxLength={1000}
          required
          aria-invalid={tried && reasonTrouble !== null}
          aria-describedby={tried && reasonTrouble !== null ? reasonHintId : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {tried && reasonTrouble !== null ? (
          <p className="field-problem" id={reasonHintId}>
            {reasonTrouble}
          </p>
        ) : null}
        <div className="buttons">
          <button type="submit" disabled={looking || adding.fetching}>
            Add case
          </button>
        </div>
        <Problem error={error} />
      </form>
    </details>
  );
}
