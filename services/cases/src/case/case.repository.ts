import type { IdempotencyKey, KeyedRecord } from '../shared/idempotency.js';
import { findKeyed, stampKeyed } from '../shared/keyed-records.js';
import {
  CrosslinkError,
  run,
  type AuditedWriter,
  type CursorKey,
  type MutationName,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
  byParent,
  caseReference,
  takeCaseNumbers,
} from '@crosslink/common';
import { decodeKeyset } from '@crosslink/common';
import type { Case, CaseChange, CaseFilter, NewCase } from './case.model.js';
import { applyCaseChanges, lockCase, type CasePlan } from './case-change.cypher.js';
import { caseHistories, casesByIds, casesByReferences, insertCase, listCases } from './case.cypher.js';

type Viewer = ViewerParams;

export class CaseRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /** Numbers and stores the case in one transaction: a failure leaves neither a gap-free number taken nor a case. */
  create(input: NewCase & { id: string; createdBy: string }, now: Date, meta: RequestMeta, idempotency: IdempotencyKey | null = null): Promise<Case> {
    const year = now.getUTCFullYear();
    return this.audited.write(
      meta,
      'createCase',
      async (tx) => {
        const [numbered] = await run(tx, takeCaseNumbers(input.force, year, 1));
        if (numbered === undefined) {
          throw new CrosslinkError('FORCE_NOT_FOUND', `No force has the code ${input.force}`, { field: 'input.force' });
        }
        const reference = caseReference(input.force, year, Number(numbered['first']));
        const [created] = await run(tx, insertCase({ ...input, reference }));
        if (created === undefined) throw new Error('case insert returned no row');
        await stampKeyed(tx, 'Case', input.id, idempotency);
        return created.case;
      },
      audited,
    );
  }

  /** The case an idempotency key created, if any (see shared/idempotency.ts). */
  keyed(key: string, meta: TxMetadata): Promise<KeyedRecord | null> {
    return findKeyed(this.db, 'Case', key, meta);
  }

  /**
   * Changes a visible case in one transaction: locks it, lets `plan` decide from its current state
   * (plan throws to refuse, and then nothing is written), applies the plan and records its history.
   * `mutation` is the change the caller makes (a status change, an update, an assignment), for its audit.
   */
  change(caseId: string, viewer: Viewer, by: string, plan: (current: Case) => CasePlan, meta: RequestMeta, mutation: MutationName): Promise<Case> {
    return this.audited.write(
      meta,
      mutation,
      async (tx) => {
        const [row] = await run(tx, lockCase(caseId, viewer));
        if (row === undefined) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
        const current = row.case;
        const planned = plan(current);
        if (planned.changes.length === 0) return current;
        const [changed] = await run(tx, applyCaseChanges(caseId, planned, by));
        if (changed === undefined) throw new Error('case change returned no row');
        return changed.case;
      },
      audited,
    );
  }

  /** A page of history for each visible case, in one query; a case hidden from the viewer has none. */
  async histories(caseIds: readonly string[], after: string | null, limit: number, viewer: Viewer, meta: TxMetadata): Promise<Map<string, CaseChange[]>> {
    const rows = await this.db.read(caseHistories(caseIds, decodeKeyset(after, 'datetime'), limit, viewer), meta);
    return byParent(rows.map(({ caseId, change }) => ({ parentId: caseId, row: change })));
  }

  async byIds(ids: readonly string[], viewer: Viewer, meta: TxMetadata): Promise<Map<string, Case>> {
    const rows = await this.db.read(casesByIds(ids, viewer), meta);
    return indexBy(
      rows.map((r) => r.case),
      (c) => c.id,
    );
  }

  async byReferences(references: readonly string[], viewer: Viewer, meta: TxMetadata): Promise<Map<string, Case>> {
    const rows = await this.db.read(casesByReferences(references, viewer), meta);
    return indexBy(
      rows.map((r) => r.case),
      (c) => c.reference,
    );
  }

  async list(filter: CaseFilter, after: string | null, limit: number, viewer: Viewer, meta: TxMetadata): Promise<Case[]> {
    const key: CursorKey | null = decodeKeyset(after, 'datetime');
    const rows = await this.db.read(listCases(filter, key, limit, viewer), meta);
    return rows.map((r) => r.case);
  }
}

/** A write of a case names the case; another force's case needs a purpose. */
function audited(written: Case) {
  return { records: [`Case:${written.id}`], owners: [written.force] };
}

function indexBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [keyOf(item), item]));
}
