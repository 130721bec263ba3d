import type { IdempotencyKey, KeyedRecord } from '../shared/idempotency.js';
import { findKeyed, stampKeyed } from '../shared/keyed-records.js';
import {
  byParent,
  CrosslinkError,
  run,
  type AuditedWriter,
  type CypherQuery,
  type MutationName,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
} from '@crosslink/common';
import type { Case } from '../case/case.model.js';
import { decodeKeyset } from '@crosslink/common';
import type { CaseOperation, LeadChange, NewOperation, Operation, OperationForChange } from './operation.model.js';
import {
  addParticipant,
  insertOperation,
  joinCase,
  leadHistory,
  listOperations,
  lockOperation,
  operationCases,
  operationsByIds,
  operationsOfCases,
  removeCase,
  transferLead,
  visibleCaseForces,
  type OperationRow,
} from './operation.cypher.js';

/** What a change to an operation does, once `decide` has accepted it against the operation as it is. */
export type OperationChange =
  | { readonly kind: 'join'; readonly caseId: string; readonly reason: string }
  | { readonly kind: 'participant'; readonly force: string; readonly reason: string }
  | { readonly kind: 'remove'; readonly caseId: string; readonly reason: string }
  | { readonly kind: 'lead'; readonly to: string; readonly reason: string };

export class OperationRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /** Forces of the cases the viewer may see among `caseIds`, by case id. */
  async caseForces(caseIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, string>> {
    const rows = await this.db.read(visibleCaseForces(caseIds, viewer), meta);
    return new Map(rows.map(({ id, force }) => [id, force]));
  }

  /** `disclosedTo` names the forces the new operation lets see cases they could not: its audit's recipients. */
  create(
    input: NewOperation,
    meta: RequestMeta,
    disclosedTo: (made: Operation) => readonly string[],
    idempotency: IdempotencyKey | null = null,
  ): Promise<Operation> {
    return this.audited.write(
      meta,
      'createOperation',
      async (tx) => {
        const [row] = await run(tx, insertOperation(input));
        if (row === undefined) throw new CrosslinkError('FORCE_NOT_FOUND', `No force has the code ${input.leadForce}`, { field: 'input.leadForce' });
        await stampKeyed(tx, 'Operation', input.id, idempotency);
        return row.operation;
      },
      (made) => ({ records: [`Operation:${made.id}`], recipients: disclosedTo(made) }),
    );
  }

  /** The operation an idempotency key created, if any (see shared/idempotency.ts). */
  keyed(key: string, meta: TxMetadata): Promise<KeyedRecord | null> {
    return findKeyed(this.db, 'Operation', key, meta);
  }

  /**
   * Changes a visible operation in one transaction: locks it, lets `decide` accept or refuse the
   * change against its current state (a refusal writes nothing), then applies it. `mutation` is the
   * change the caller makes, and `disclosedTo` the forces it lets see cases they could not, for its audit.
   */
  change(
    id: string,
    viewer: ViewerParams,
    by: string,
    decide: (current: OperationForChange) => OperationChange,
    meta: RequestMeta,
    mutation: MutationName,
    disclosedTo: (changed: Operation) => readonly string[] = () => [],
  ): Promise<Operation> {
    let removed: string | null = null;
    let owners: readonly string[] = [];
    return this.audited.write(
      meta,
      mutation,
      async (tx) => {
        const [row] = await run(tx, lockOperation(id, viewer));
        if (row === undefined) throw new CrosslinkError('NOT_FOUND', 'No such operation, or you may not see it', { field: 'input.operationId' });
        const current: OperationForChange = { ...row.operation, caseForces: row.caseForces };
        const change = decide(current);
        removed = change.kind === 'remove' ? change.caseId : null;
        // Changing an operation changes the data of the force leading it and of every force with a case in it.
        owners = [current.leadForce, ...current.caseForces];
        return apply(tx, id, change, by);
      },
      (changed) => ({
        records: [`Operation:${changed.id}`, ...(removed !== null ? [`Case:${removed}`] : [])],
        recipients: disclosedTo(changed),
        owners,
      }),
    );
  }

  async byIds(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Operation>> {
    const rows = await this.db.read(operationsByIds(ids, viewer), meta);
    return new Map(rows.map(({ operation }) => [operation.id, operation]));
  }

  async list(after: string | null, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<Operation[]> {
    const rows = await this.db.read(listOperations(decodeKeyset(after, 'datetime'), limit, viewer), meta);
    return rows.map(({ operation }) => operation);
  }

  async cases(id: string, after: string | null, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<Case[]> {
    const rows = await this.db.read(operationCases(id, decodeKeyset(after, 'string'), limit, viewer), meta);
    return rows.map((r) => r.case);
  }

  /** The visible operations each of `caseIds` is joined to, by case id, oldest join first; cases in none are left out. */
  async operationsOfCases(caseIds: readonly string[], limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, CaseOperation[]>> {
    const rows = await this.db.read(operationsOfCases(caseIds, limit, viewer), meta);
    return byParent(rows.map(({ caseId, joined }) => ({ parentId: caseId, row: joined })));
  }

  async leadHistory(id: string, after: string | null, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<LeadChange[]> {
    const rows = await this.db.read(leadHistory(id, decodeKeyset(after, 'datetime'), limit, viewer), meta);
    return rows.map(({ change }) => change);
  }
}

/** The executor's transaction type; the driver itself stays out of the subgraph's imports. */
type Tx = Parameters<typeof run>[0];

async function apply(tx: Tx, id: string, change: OperationChange, by: string): Promise<Operation> {
  const [row] = await run(tx, statementFor(id, change, by));
  if (row !== undefined) return row.operation;
  // The operation is locked and exists, so only the case (or it is not in the operation) or the force can be missing.
  if (change.kind === 'join' || change.kind === 'remove') throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
  const field = change.kind === 'lead' ? 'input.leadForce' : 'input.force';
  throw new CrosslinkError('FORCE_NOT_FOUND', 'No such force', { field });
}

/** The statement that makes a change; each keeps who made it. */
function statementFor(id: string, change: OperationChange, by: string): CypherQuery<OperationRow> {
  switch (change.kind) {
    case 'join':
      return joinCase(id, change.caseId, change.reason, by);
    case 'participant':
      return addParticipant(id, change.force, change.reason, by);
    case 'remove':
      return removeCase(id, change.caseId, change.reason, by);
    case 'lead':
      return transferLead(id, change.to, change.reason, by);
  }
}
