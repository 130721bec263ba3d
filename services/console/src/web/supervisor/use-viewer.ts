import { useCrosslinkQuery } from '../api/use-query.js';
import { hasRole } from '../session/session.js';
import { useSession } from '../session/use-session.js';
import { isHubForce, type ForceRow, type Viewer } from './forces.js';

const ForcesQuery = `query SupervisorForces { forces { code name kind } }`;

interface ForcesData {
  forces: ForceRow[];
}

/**
 * Every force, and who is looking: whether they supervise and whether they work at the hub. Until the
 * forces are read the viewer counts as not the hub's, so nothing is offered the gateway would refuse.
 */
export function useViewer() {
  const { officer } = useSession();
  const [{ data, error, fetching }, reexecute] = useCrosslinkQuery<ForcesData>({ query: ForcesQuery });
  const forces = data?.forces ?? [];
  const viewer: Viewer = { force: officer.force, supervisor: hasRole(officer, 'supervisor'), hub: isHubForce(forces, officer.force) };
  return {
    officer,
    viewer,
    forces,
    forcesLoaded: data !== undefined,
    forcesFetching: fetching,
    forcesError: error,
    retryForces: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
