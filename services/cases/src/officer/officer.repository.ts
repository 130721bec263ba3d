import { CrosslinkError, run, type AuditedWriter, type Neo4jExecutor, type RequestMeta, type TxMetadata } from '@crosslink/common';
import type { Officer, OfficerClaims } from './officer.model.js';
import { listOfficers, officerFromRealm, officersByUsernames, rememberOfficer, setOfficerTeam } from './officer.cypher.js';

/** How keeping the caller's own record current is audited: a collection, from their token. */
const fromToken = { action: 'Officer.fromToken', operation: 'COLLECTION' } as const;
/** How recording an officer known only to the realm is audited: a collection, from the realm. */
const fromRealm = { action: 'Officer.fromRealm', operation: 'COLLECTION' } as const;

/** Officers whose records this process wrote, with the claims it wrote; bounded, then forgotten. */
const REMEMBERED_MAX = 10_000;

export class OfficerRepository {
  private readonly remembered = new Map<string, string>();

  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /**
   * Stores what an officer's token says about them. Most requests come from officers already
   * stored with the same claims, so the write is skipped for them: one write per officer per process,
   * and another when their claims change.
   */
  async remember(claims: OfficerClaims, meta: RequestMeta): Promise<void> {
    const fingerprint = JSON.stringify(claims);
    if (this.remembered.get(claims.username) === fingerprint) return;
    // Not the work of the request's mutation, if any: the event names it for what it is.
    const write = () =>
      this.audited.write(
        meta,
        fromToken,
        (tx) => run(tx, rememberOfficer(claims)),
        () => ({ records: [`Officer:${claims.username}`] }),
      );
    try {
      await write();
    } catch (error) {
      // Two first requests at once: both MERGE, one meets the other's new record. Once more finds it.
      if (!(error instanceof CrosslinkError && error.code === 'CONFLICT')) throw error;
      await write();
    }
    if (this.remembered.size >= REMEMBERED_MAX) this.remembered.clear();
    this.remembered.set(claims.username, fingerprint);
  }

  /** Records an officer as the realm describes them (see officerFromRealm); their record as it now stands. */
  async recordFromRealm(claims: OfficerClaims, meta: RequestMeta): Promise<Officer> {
    const [row] = await this.audited.write(
      meta,
      fromRealm,
      (tx) => run(tx, officerFromRealm(claims)),
      () => ({ records: [`Officer:${claims.username}`] }),
    );
    if (row === undefined) throw new Error('recording an officer from the realm returned no row');
    return row.officer;
  }

  async byUsernames(usernames: readonly string[], meta: TxMetadata): Promise<Map<string, Officer>> {
    const rows = await this.db.read(officersByUsernames(usernames), meta);
    return new Map(rows.map(({ officer }) => [officer.username, officer]));
  }

  async list(force: string, team: string | null, afterUsername: string | null, limit: number, meta: TxMetadata): Promise<Officer[]> {
    const rows = await this.db.read(listOfficers(force, team, afterUsername, limit), meta);
    return rows.map(({ officer }) => officer);
  }

  async setTeam(username: string, force: string, team: string | null, by: string, meta: RequestMeta): Promise<Officer> {
    const [row] = await this.audited.write(
      meta,
      'setOfficerTeam',
      (tx) => run(tx, setOfficerTeam(username, force, team, by)),
      ([placed]) => (placed === undefined ? null : { records: [`Officer:${placed.officer.username}`] }),
    );
    if (row === undefined) throw new CrosslinkError('NOT_FOUND', `No officer ${username} in ${force}`, { field: 'input.officer' });
    return row.officer;
  }
}
