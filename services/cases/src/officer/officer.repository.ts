import { CrosslinkError, type Neo4jExecutor, type TxMetadata } from '@crosslink/common';
import type { Officer, OfficerClaims } from './officer.model.js';
import { listOfficers, officersByUsernames, rememberOfficer, setOfficerTeam } from './officer.cypher.js';

/** Officers whose records this process wrote, with the claims it wrote; bounded, then forgotten. */
const REMEMBERED_MAX = 10_000;

export class OfficerRepository {
  private readonly remembered = new Map<string, string>();

  constructor(private readonly db: Neo4jExecutor) {}

  /**
   * Stores what an officer's token says about them. Most requests come from officers already
   * stored with the same claims, so the write is skipped for them: one write per officer per process,
   * and another when their claims change.
   */
  async remember(claims: OfficerClaims, meta: TxMetadata): Promise<void> {
    const fingerprint = JSON.stringify(claims);
    if (this.remembered.get(claims.username) === fingerprint) return;
    const audited = { ...meta, auditAction: { action: 'Officer.fromToken', operation: 'COLLECTION' as const } };
    try {
      await this.db.write(rememberOfficer(claims), audited);
    } catch (error) {
      // Two first requests at once: both MERGE, one meets the other's new record. Once more finds it.
      if (!(error instanceof CrosslinkError && error.code === 'CONFLICT')) throw error;
      await this.db.write(rememberOfficer(claims), audited);
    }
    if (this.remembered.size >= REMEMBERED_MAX) this.remembered.clear();
    this.remembered.set(claims.username, fingerprint);
  }

  async byUsernames(usernames: readonly string[], meta: TxMetadata): Promise<Map<string, Officer>> {
    const rows = await this.db.read(officersByUsernames(usernames), meta);
    return new Map(rows.map((r) => r['officer'] as Officer).map((o) => [o.username, o]));
  }

  async list(force: string, team: string | null, afterUsername: string | null, limit: number, meta: TxMetadata): Promise<Officer[]> {
    const rows = await this.db.read(listOfficers(force, team, afterUsername, limit), meta);
    return rows.map((r) => r['officer'] as Officer);
  }

  async setTeam(username: string, force: string, team: string | null, by: string, meta: TxMetadata): Promise<Officer> {
    const [row] = await this.db.write(setOfficerTeam(username, force, team, by), meta);
    if (row === undefined) throw new CrosslinkError('NOT_FOUND', `No officer ${username} in ${force}`, { field: 'input.officer' });
    return row['officer'] as Officer;
  }
}
