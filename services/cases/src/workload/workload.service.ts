import { assertCan, CrosslinkError, pageSize, toConnection, type Connection, type RequestScope } from '@crosslink/common';
import { usernameCursor } from '../officer/officer.service.js';
import { teamName } from '../officer/officer.validation.js';
import { supervises } from '../shared/remit.js';
import { forceCode } from '../shared/validate.js';
import type { OfficerWorkload, TeamWorkload } from './workload.model.js';
import type { WorkloadRepository } from './workload.repository.js';

/** The supervisor's view of a force's workload: their own force, or any force for a hub supervisor. */
export class WorkloadService {
  constructor(
    private readonly repository: WorkloadRepository,
    private readonly scope: RequestScope,
  ) {}

  /** Per officer, by username; only the officers of `team` when one is given. */
  async forForce(
    force: string,
    team: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    now = new Date(),
  ): Promise<Connection<OfficerWorkload>> {
    const code = this.assertSupervises(force);
    const size = pageSize(first);
    const rows = await this.repository.forForce(code, today(now), teamName(team, 'team'), usernameCursor(after), size + 1, this.scope.access, this.scope.meta);
    return toConnection(rows, size, (w) => [w.officer]);
  }

  /** Per team of the force, by name, officers in no team last. */
  async byTeam(force: string, now = new Date()): Promise<TeamWorkload[]> {
    const code = this.assertSupervises(force);
    return this.repository.byTeam(code, today(now), this.scope.access, this.scope.meta);
  }

  private assertSupervises(force: string): string {
    assertCan(this.scope.principal, 'workload:read');
    const code = forceCode(force, 'force');
    if (!supervises(this.scope.principal, this.scope.hubForce, code)) {
      throw new CrosslinkError('FORBIDDEN', 'Only the force’s own supervisors, or the hub’s, see its workload', { field: 'force' });
    }
    return code;
  }
}

function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}
