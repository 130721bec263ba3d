/** A force as the supervisor views read it (Query.forces). */
export interface ForceRow {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
}

/** Who is looking, as far as the supervisors' rules go. */
export interface Viewer {
  readonly force: string;
  readonly supervisor: boolean;
  /** The viewer's force is the national hub, whose supervisors coordinate for every force. */
  readonly hub: boolean;
}

/** Whether `code` is the national hub (its kind says so: the console is not told the hub's code). */
export function isHubForce(forces: readonly ForceRow[], code: string): boolean {
  return forces.some((force) => force.code === code && force.kind === 'NATIONAL');
}

/** Forces to choose from, by name, leaving out `exclude` (e.g. the current lead). */
export function forceChoices(forces: readonly ForceRow[], exclude: string | null = null): ForceRow[] {
  return forces.filter((force) => force.code !== exclude).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** Supervisors of a force, and the hub's, act for it: run its operations, decide access to its cases, allocate its actions. */
export function supervisesForce(viewer: Viewer, force: string): boolean {
  return viewer.supervisor && (viewer.hub || viewer.force === force);
}
