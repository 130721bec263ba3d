import { assertCan, CrosslinkError, decodeCursor, pageSize, toConnection, viewerParams, type Connection, type Principal, type TxMetadata } from '@crosslink/common';
import { supervises } from '../shared/remit.js';
import { forceCode } from '../shared/validate.js';
import type { OfficerWorkload } from './workload.model.js';
import type { WorkloadRepository } from './workload.repository.js';

/** The supervisor's view of a force's workload: their own force, or any force for a hub supervisor. */
export class WorkloadService {
  constructor(
    private readonly repository: WorkloadRepository,
    private readonly principal: Principal,
    private readonly hubForce: string,
    private readonly meta: TxMetadata,
  ) {}

  async forForce(force: string, first: number | null | undefined, after: string | null | undefined, now = new Date()): Promise<Connection<OfficerWorkload>> {
    assertCan(this.principal, 'workload:read');
    const code = forceCode(force, 'force');
    if (!supervises(this.principal, this.hubForce, code)) {
      throw new CrosslinkError('FORBIDDEN', 'Only the force’s own supervisors, or the hub’s, see its workload', { field: 'force' });
    }
    const size = pageSize(first);
    const afterOfficer = after == null ? null : officerCursor(after);
    const today = now.toISOString().slice(0, 10);
    const rows = await this.repository.forForce(code, today, afterOfficer, size + 1, viewerParams(this.principal, this.hubForce), this.meta);
    return toConnection(rows, size, (w) => [w.officer]);
  }
}

function officerCursor(after: string): string {
  const [officer] = decodeCursor(after, 1);
  if (typeof officer !== 'string') throw new CrosslinkError('BAD_CURSOR', undefined, { field: 'after' });
  return officer;
}
