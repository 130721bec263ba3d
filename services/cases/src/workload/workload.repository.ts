import type { Neo4jExecutor, TxMetadata, ViewerParams } from '@crosslink/common';
import type { OfficerWorkload, TeamWorkload } from './workload.model.js';
import { forceWorkload, teamWorkload } from './workload.cypher.js';

export class WorkloadRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** The driver returns integers as JS numbers (counts are small), so rows are the model as they are. */
  async forForce(
    force: string,
    today: string,
    team: string | null,
    afterOfficer: string | null,
    limit: number,
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<OfficerWorkload[]> {
    const rows = await this.db.read(forceWorkload(force, today, team, afterOfficer, limit, viewer), meta);
    return rows.map(({ load }) => load);
  }

  async byTeam(force: string, today: string, viewer: ViewerParams, meta: TxMetadata): Promise<TeamWorkload[]> {
    const rows = await this.db.read(teamWorkload(force, today, viewer), meta);
    return rows.map(({ load }) => load);
  }
}
