import { CrosslinkError, decodeCursor, run, type CursorKey, type Neo4jExecutor, type TxMetadata, type ViewerParams } from '@crosslink/common';
import type { Case, CaseFilter, NewCase } from './case.model.js';
import { casesByIds, casesByReferences, insertCase, listCases, nextCaseNumber } from './case.cypher.js';
import { caseReference } from './case.validation.js';

type Viewer = ViewerParams;

export class CaseRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Numbers and stores the case in one transaction: a failure leaves neither a gap-free number taken nor a case. */
  create(input: NewCase & { id: string; createdBy: string }, now: Date, meta: TxMetadata): Promise<Case> {
    const year = now.getUTCFullYear();
    return this.db.writeTx(async (tx) => {
      const [numbered] = await run(tx, nextCaseNumber(input.force, year));
      if (numbered === undefined) {
        throw new CrosslinkError('FORCE_NOT_FOUND', `No force has the code ${input.force}`, { field: 'input.force' });
      }
      const reference = caseReference(input.force, year, Number(numbered['number']));
      const [created] = await run(tx, insertCase({ ...input, reference }));
      if (created === undefined) throw new Error('case insert returned no row');
      return created['case'] as Case;
    }, meta);
  }

  async byIds(ids: readonly string[], viewer: Viewer, meta: TxMetadata): Promise<Map<string, Case>> {
    const rows = await this.db.read(casesByIds(ids, viewer), meta);
    return indexBy(rows.map((r) => r['case'] as Case), (c) => c.id);
  }

  async byReferences(references: readonly string[], viewer: Viewer, meta: TxMetadata): Promise<Map<string, Case>> {
    const rows = await this.db.read(casesByReferences(references, viewer), meta);
    return indexBy(rows.map((r) => r['case'] as Case), (c) => c.reference);
  }

  async list(filter: CaseFilter, after: string | null, limit: number, viewer: Viewer, meta: TxMetadata): Promise<Case[]> {
    const key: CursorKey | null = after === null ? null : caseCursor(after);
    const rows = await this.db.read(listCases(filter, key, limit, viewer), meta);
    return rows.map((r) => r['case'] as Case);
  }
}

/** A case list cursor is (createdAt, id); anything else is a cursor this list never gave out. */
function caseCursor(after: string): CursorKey {
  const key = decodeCursor(after, 2);
  const [createdAt, id] = key;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)) || typeof id !== 'string') {
    throw new CrosslinkError('BAD_CURSOR', undefined, { field: 'after' });
  }
  return key;
}

function indexBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [keyOf(item), item]));
}
