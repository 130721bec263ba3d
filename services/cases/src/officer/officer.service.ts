import { assertCan, CrosslinkError, decodeCursor, pageSize, toConnection, type Connection, loadByKeys, type RequestScope } from '@crosslink/common';
import type DataLoader from 'dataloader';
import { forceCode, username } from '../shared/validate.js';
import type { AllocationForces, NamedOfficer, Officer } from './officer.model.js';
import type { OfficerRepository } from './officer.repository.js';
import { noDirectory, type RealmDirectory } from './realm-directory.js';
import { mayListOfficers, mayManageOfficers } from './officer.rules.js';
import { teamName } from './officer.validation.js';

/** Officers for one request's principal: their own record, a force's officers, and their teams. */
export class OfficerService {
  private readonly byUsername: DataLoader<string, Officer | null>;

  constructor(
    private readonly repository: OfficerRepository,
    private readonly scope: RequestScope,
    private readonly directory: RealmDirectory = noDirectory,
    private readonly allocationForces: AllocationForces = () => Promise.resolve([]),
  ) {
    this.byUsername = loadByKeys((names) => this.repository.byUsernames(names, this.scope.meta), null);
  }

  /** Keeps the caller's own officer record as their token describes them (a write only when that changed). */
  remember(): Promise<void> {
    const p = this.scope.principal;
    return this.repository.remember(
      { username: p.username, subject: p.userId, force: p.force, displayName: p.displayName, team: p.team ?? null },
      this.scope.meta,
    );
  }

  /**
   * The record of an officer named on a record the caller already sees (a case's officer in charge,
   * an action's holder); null when Crosslink has no record of them yet. Batched per request.
   */
  byUsernameOrNull(name: string): Promise<Officer | null> {
    return this.byUsername.load(name);
  }

  /** An officer's record, looked up (batched) when only their username and force are at hand. */
  recordOf(officer: NamedOfficer): Promise<Officer | null> {
    return 'team' in officer ? Promise.resolve(officer) : this.byUsername.load(officer.username);
  }

  /** The record of an officer a record names in its force; when Crosslink has none yet, only their username and force. */
  async named(name: string, force: string): Promise<Officer> {
    return (await this.byUsername.load(name)) ?? { username: name, force, displayName: null, team: null };
  }

  /**
   * An officer someone names to be given work (an action, a case to lead): recorded already, or else
   * known to the realm, and then recorded as the realm describes them. Null when neither knows them:
   * a misspelt name never becomes a phantom officer.
   */
  async knownOrNull(name: string): Promise<Officer | null> {
    const recorded = await this.byUsername.load(name);
    if (recorded !== null) return recorded;
    const claims = await this.directory.find(name);
    if (claims === null) return null;
    const officer = await this.repository.recordFromRealm(claims, this.scope.meta);
    this.byUsername.clear(name).prime(name, officer);
    return officer;
  }

  /**
   * A force's officers by username, optionally of one team: see mayListOfficers for who may. With
   * `forAction`, a supervisor who may allocate that action lists the officers of any force taking
   * part in it: those it may be allocated to, in another force as well as their own.
   */
  async list(
    force: string,
    team: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    forAction?: string | null,
  ): Promise<Connection<Officer>> {
    assertCan(this.scope.principal, 'officer:read');
    const code = forceCode(force, 'force');
    if (!mayListOfficers(this.scope.principal, this.scope.hubForce, code) && !(await this.allocatesFrom(forAction, code))) {
      throw new CrosslinkError(
        'FORBIDDEN',
        'Only the force’s own officers, the hub’s analysts and supervisors, or a supervisor allocating an action the force takes part in (forAction) list its officers',
        { field: 'force' },
      );
    }
    const size = pageSize(first);
    const rows = await this.repository.list(code, teamName(team, 'team'), usernameCursor(after), size + 1, this.scope.meta);
    return toConnection(rows, size, (o) => [o.username]);
  }

  /** Whether the caller may allocate the action `forAction` to an officer of `force`. */
  private async allocatesFrom(forAction: string | null | undefined, force: string): Promise<boolean> {
    const id = forAction?.trim() ?? '';
    return id !== '' && (await this.allocationForces(id)).includes(force);
  }

  /** Places an officer in a team of their force, or in none; see mayManageOfficers for who may. */
  async setTeam(input: { officer: { username: string; force: string }; team?: string | null }): Promise<Officer> {
    assertCan(this.scope.principal, 'officer:manage');
    const name = username(input.officer.username, 'input.officer.username');
    const force = forceCode(input.officer.force, 'input.officer.force');
    const team = teamName(input.team, 'input.team');
    if (!mayManageOfficers(this.scope.principal, this.scope.hubForce, force)) {
      throw new CrosslinkError('FORBIDDEN', 'Only a supervisor of the officer’s force, or the hub, places them in a team', { field: 'input.officer.force' });
    }
    // An officer the realm knows who has not signed in yet is recorded first, as the realm describes them.
    await this.knownOrNull(name);
    const officer = await this.repository.setTeam(name, force, team, this.scope.principal.username, this.scope.meta);
    this.byUsername.clear(name).prime(name, officer);
    return officer;
  }
}

/** Officer lists page by username; the cursor is the last one seen. */
export function usernameCursor(after: string | null | undefined): string | null {
  if (after === null || after === undefined) return null;
  const [last] = decodeCursor(after, 1);
  if (typeof last !== 'string') throw new CrosslinkError('BAD_CURSOR', undefined, { field: 'after' });
  return last;
}
