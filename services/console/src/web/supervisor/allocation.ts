import type { Viewer } from './forces.js';
import { supervisesForce } from './forces.js';

/** An officer one may allocate an action to, as Query.officers gives them. */
export interface OfficerChoice {
  readonly username: string;
  readonly displayName: string | null;
  readonly team: string | null;
  readonly force: { readonly code: string };
}

/** The officer a supervisor chose on the workload view, to allocate actions to. */
export interface AllocationTarget {
  readonly username: string;
  readonly force: string;
}

/**
 * Whether the viewer may allocate an action of `owningForce`, and from which forces' officers.
 * Supervisors of the owning force or the hub allocate, to an officer of any participating force:
 * the API lists those forces' officers to them for the action (`officers(forAction:)`).
 */
export function allocationChoices(owningForce: string, participants: readonly string[], viewer: Viewer): { may: boolean; forces: string[] } {
  if (!supervisesForce(viewer, owningForce)) return { may: false, forces: [] };
  return { may: true, forces: [...new Set([owningForce, ...participants])] };
}

/** The force whose officers are offered first: the chosen target's when it may take the action, else the owning force. */
export function initialForce(forces: readonly string[], target: AllocationTarget | null): string | null {
  if (target !== null && forces.includes(target.force)) return target.force;
  return forces[0] ?? null;
}

/** The officer preselected: the chosen target when they are among those offered, otherwise none (the supervisor picks). */
export function chooseOfficer(officers: readonly OfficerChoice[], target: AllocationTarget | null): string {
  if (target === null) return '';
  return officers.some((officer) => officer.username === target.username && officer.force.code === target.force) ? target.username : '';
}

/** "Name (username)", or the username alone until they have used Crosslink. */
export function officerLabel(officer: { readonly username: string; readonly displayName: string | null }): string {
  return officer.displayName === null || officer.displayName === '' || officer.displayName === officer.username
    ? officer.username
    : `${officer.displayName} (${officer.username})`;
}

/** Officers grouped by team, teams by name and officers in none last; within a team, by name. */
export function officersByTeam<T extends OfficerChoice>(officers: readonly T[]): { team: string | null; officers: T[] }[] {
  const teams = new Map<string | null, T[]>();
  for (const officer of officers) {
    const team = officer.team === '' ? null : officer.team;
    teams.set(team, [...(teams.get(team) ?? []), officer]);
  }
  return [...teams.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en-GB')))
    .map(([team, members]) => ({ team, officers: members.sort((a, b) => officerLabel(a).localeCompare(officerLabel(b), 'en-GB')) }));
}

/** The target named in the unallocated list's address (?to=username&force=CODE), or null. */
export function allocationTargetOf(search: string): AllocationTarget | null {
  const params = new URLSearchParams(search);
  const username = params.get('to')?.trim() ?? '';
  const force = params.get('force')?.trim() ?? '';
  return username === '' || force === '' ? null : { username, force };
}

/** The unallocated list, with `target` chosen for every action they may take. */
export function unallocatedLinkFor(target: AllocationTarget): string {
  return `/unallocated?${new URLSearchParams({ to: target.username, force: target.force }).toString()}`;
}
