import type { Neo4jExecutor, TxMetadata, ViewerParams, WriterParams } from '@crosslink/common';
import type { IdempotencyRequest } from '../idempotency/idempotency.js';
import { changeDecision, createReferral, recordDecision, referralById, referralsOfPeople, type DecisionHistory } from './nrm.cypher.js';
import type { DecisionRecord, NewNrmReferral, NrmReferral, NrmStage } from './nrm.model.js';

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
    input: NewNrmReferral & { id: string; personId: string; caseId: string; createdBy: string; idempotency: IdempotencyRequest | null },
    viewer: ViewerParams & WriterParams,
    meta: TxMetadata,
  ): Promise<NrmReferral | null> {
    const [row] = await this.db.write(createReferral(input, viewer), meta);
    return row === undefined ? null : (row['referral'] as NrmReferral);
  }

  /** Null when the stage was decided meanwhile (or the referral went out of reach); then nothing was written. */
  async decide(
    input: { id: string; stage: NrmStage; decision: string; date: string },
    history: DecisionHistory,
    viewer: ViewerParams & WriterParams,
    meta: TxMetadata,
  ): Promise<NrmReferral | null> {
    const [row] = await this.db.write(recordDecision(input, history, viewer), meta);
    return row === undefined ? null : (row['referral'] as NrmReferral);
  }

  /** Null when the decision changed meanwhile (or the referral went out of reach); then nothing was written. */
  async change(
    input: { id: string; stage: NrmStage; expected: DecisionRecord; to: DecisionRecord | null },
    history: DecisionHistory,
    viewer: ViewerParams & WriterParams,
    meta: TxMetadata,
  ): Promise<NrmReferral | null> {
    const [row] = await this.db.write(changeDecision(input, history, viewer), meta);
    return row === undefined ? null : (row['referral'] as NrmReferral);
  }
}
