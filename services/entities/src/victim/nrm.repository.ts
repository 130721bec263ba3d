import type { Neo4jExecutor, TxMetadata, ViewerParams } from '@crosslink/common';
import { createReferral, recordDecision, referralById, referralsOfPeople } from './nrm.cypher.js';
import type { NewNrmReferral, NrmReferral, NrmStage } from './nrm.model.js';

export class NrmRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  async ofPeople(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, NrmReferral[]>> {
    const rows = await this.db.read(referralsOfPeople(personIds, viewer), meta);
    return new Map(rows.map((row) => [row['personId'] as string, row['referrals'] as NrmReferral[]]));
  }

  async byId(id: string, viewer: ViewerParams, meta: TxMetadata): Promise<NrmReferral | null> {
    const [row] = await this.db.read(referralById(id, viewer), meta);
    return row === undefined ? null : (row['referral'] as NrmReferral);
  }

  async create(
    input: NewNrmReferral & { id: string; personId: string; caseId: string; createdBy: string },
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<NrmReferral | null> {
    const [row] = await this.db.write(createReferral(input, viewer), meta);
    return row === undefined ? null : (row['referral'] as NrmReferral);
  }

  async decide(input: { id: string; stage: NrmStage; decision: string; date: string }, viewer: ViewerParams, meta: TxMetadata): Promise<NrmReferral | null> {
    const [row] = await this.db.write(recordDecision(input, viewer), meta);
    return row === undefined ? null : (row['referral'] as NrmReferral);
  }
}
