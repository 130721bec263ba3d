import { useId, useState, type FormEvent } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { useCrosslinkQuery } from '../api/use-query.js';
import { Problem } from '../ui/states.js';
import { allocationChoices, chooseOfficer, initialForce, officerLabel, officersByTeam, type AllocationTarget, type OfficerChoice } from './allocation.js';
import type { Viewer } from './forces.js';
import { AllocateMutation, type ForceRef, type PageInfo, type SupervisorActionRow } from './supervisor-fields.js';

const OfficersQuery = `
  query AllocatableOfficers($force: ID!, $action: ID!, $first: Int!) {
    officers(force: $force, forAction: $action, first: $first) {
      edges { node { username displayName team force { code name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface OfficerRow extends OfficerChoice {
  force: ForceRef;
}
interface OfficersData {
  officers: { edges: { node: OfficerRow }[]; pageInfo: PageInfo };
}

/** As many officers as the gateway gives at once: a force's list to choose from, not to page through. */
const OFFICERS = 100;

export interface Allocated {
  readonly action: SupervisorActionRow;
  readonly officer: OfficerRow;
}

/**
 * "Allocate to": an officer of a force taking part (the owning force's, or any participant's), then
 * Mutation.allocateAction. `target`, when given, is chosen for the supervisor.
 */
export function AllocateForm({
  action,
  viewer,
  target,
  describedBy,
  onAllocated,
}: {
  action: SupervisorActionRow;
  viewer: Viewer;
  target: AllocationTarget | null;
  /** The id of what names the action, so each row's control says which action it allocates. */
  describedBy?: string;
  onAllocated?: (allocated: Allocated) => void;
}) {
  const participants = action.operation?.participants ?? [];
  const choices = allocationChoices(
    action.owningForce.code,
    participants.map((force) => force.code),
    viewer,
  );
  const [force, setForce] = useState<string | null>(null);
  const chosenForce = force !== null && choices.forces.includes(force) ? force : initialForce(choices.forces, target);
  const [picked, setPicked] = useState<string | null>(null);
  const [{ data, error: listError, fetching: listing }, relist] = useCrosslinkQuery<OfficersData>({
    query: OfficersQuery,
    variables: { force: chosenForce ?? '', action: action.id, first: OFFICERS },
    pause: !choices.may || chosenForce === null,
  });
  const [allocating, allocate] = useMutation(AllocateMutation);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const forceId = useId();
  const officerId = useId();
  const officers = data?.officers.edges.map((edge) => edge.node) ?? [];
  const username = picked ?? chooseOfficer(officers, target);

  if (!choices.may || chosenForce === null) {
    return <p className="hint">Supervisors of {action.owningForce.code} or the hub allocate this action.</p>;
  }

  const names = new Map<string, string>([[action.owningForce.code, action.owningForce.name], ...participants.map((p) => [p.code, p.name] as [string, string])]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const officer = officers.find((candidate) => candidate.username === username);
    if (officer === undefined) return;
    const outcome = await allocate({ input: { actionId: action.id, officer: { username: officer.username, force: chosenForce } } });
    setError(outcome.error);
    if (outcome.error === undefined) onAllocated?.({ action, officer });
  };

  return (
    <form className="allocate-form" onSubmit={(event) => void submit(event)}>
      {choices.forces.length > 1 ? (
        <div className="field">
          <label htmlFor={forceId}>Officer of force</label>
          <select
            id={forceId}
            value={chosenForce}
            onChange={(event) => {
              setForce(event.target.value);
              setPicked(null);
            }}
          >
            {choices.forces.map((code) => (
              <option key={code} value={code}>
                {names.get(code) ?? code} ({code})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={officerId}>Allocate to</label>
        <select
          id={officerId}
          value={username}
          disabled={data === undefined}
          aria-describedby={describedBy}
          onChange={(event) => setPicked(event.target.value)}
        >
          <option value="">{data === undefined && listing ? 'Loading officers…' : 'Choose an officer'}</option>
          {officersByTeam(officers).map((group) => (
            <optgroup key={group.team ?? ''} label={group.team ?? 'Not in a team'}>
              {group.officers.map((officer) => (
                <option key={officer.username} value={officer.username}>
                  {officerLabel(officer)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" disabled={allocating.fetching || username === ''}>
        Allocate
      </button>
      {data !== undefined && officers.length === 0 ? (
        <p className="hint">No officer of {chosenForce} is known to Crosslink yet: officers are listed once they have signed in.</p>
      ) : null}
      {data?.officers.pageInfo.hasNextPage ? (
        <p className="hint">
          Only the first {OFFICERS} officers of {chosenForce} are listed.
        </p>
      ) : null}
      <Problem error={listError} retry={() => relist({ requestPolicy: 'network-only' })} />
      <Problem error={error} />
    </form>
  );
}
