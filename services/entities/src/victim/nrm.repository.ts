import {
  run,
  type AuditedWriter,
  type CypherQuery,
  type MutationName,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
  type WriterParams,
} from '@crosslink/common';
import type { IdempotencyRequest } from '../idempotency/idempotency.js';
import { changeDecision, createReferral, recordDecision, referralById, referralsOfPeople, type DecisionHistory } from './nrm.cypher.js';
import type { DecisionRecord, NewNrmReferral, NrmReferral, NrmStage } from './nrm.model.js';

export class NrmRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  async ofPeople(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, NrmReferral[]>> {
    const rows = await this.db.read(referralsOfPeople(personIds, viewer), meta);
    return new Map(rows.map((row) => [row.personId, row.referrals]));
  }

  async byId(id: string, viewer: ViewerParams, meta: TxMetadata): Promise<NrmReferral | null> {
    const [row] = await this.db.read(referralById(id, viewer), meta);
    return row?.referral ?? null;
  }

  async create(
    input: NewNrmReferral & { id: string; personId: string; caseId: string; createdBy: string; idempotency: IdempotencyRequest | null },
    viewer: ViewerParams & WriterParams,
    meta: RequestMeta,
  ): Promise<NrmReferral | null> {
    return this.writeReferral(meta, 'recordNrmReferral', createReferral(input, viewer));
  }

  /** Null when the stage was decided meanwhile (or the referral went out of reach); then nothing was written. */
  async decide(
    input: { id: string; stage: NrmStage; decision: string; date: string },
    history: DecisionHistory,
    viewer: ViewerParams & WriterParams,
    meta: RequestMeta,
  ): Promise<NrmReferral | null> {
    return this.writeReferral(meta, 'recordNrmDecision', recordDecision(input, history, viewer));
  }

  /** Null when the decision changed meanwhile (or the referral went out of reach); then nothing was written. */
  async change(
    input: { id: string; stage: NrmStage; expected: DecisionRecord; to: DecisionRecord | null },
    history: DecisionHistory,
    viewer: ViewerParams & WriterParams,
    meta: RequestMeta,
  ): Promise<NrmReferral | null> {
    return this.writeReferral(meta, 'changeNrmDecision', changeDecision(input, history, viewer));
  }

  /** Runs one statement that writes a referral, audited as `mutation`; null when it wrote nothing. */
  private async writeReferral(meta: RequestMeta, mutation: MutationName, query: CypherQuery<{ referral: NrmReferral }>): Promise<NrmReferral | null> {
    const [row] = await this.audited.write(
      meta,
      mutation,
      (tx) => run(tx, query),
      ([written]) => referred(written),
    );
    return row?.referral ?? null;
  }
}

/** A referral written, for the audit: it, its person and its case; one in another force's case is that force's data. */
function referred(row: { referral: NrmReferral } | undefined) {
  if (row === undefined) return null;
  const { referral } = row;
  return { records: [`NrmReferral:${referral.id}`, `Person:${referral.personId}`, `Case:${referral.caseId}`], foreign: referral.foreign };
}
