import {
  CrosslinkError,
  run,
  type AuditedWriter,
  type CursorKey,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
} from '@crosslink/common';
import { shareCase } from '../sharing/sharing.cypher.js';
import { decide, listRequests, openRequest, requestsByIds, requestForDecision } from './access.cypher.js';
import type { AccessRequest, AccessRequestStatus } from './access.model.js';

export class AccessRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /**
   * Opens a request from a hit of the requester's own. NOT_FOUND when the hit is not theirs (or
   * unknown), alike; VALIDATION_FAILED when they may see the case already. The audit names the request
   * and its case; the answer discloses nothing of the case.
   */
  async open(
    input: { id: string; hitId: string; requestedBy: string; requestedByName: string; requestedByForce: string; purpose: string },
    viewer: ViewerParams,
    meta: RequestMeta,
  ): Promise<AccessRequest> {
    const [row] = await this.audited.write(
      meta,
      'requestCaseAccess',
      async (tx) => {
        const rows = await run(tx, openRequest(input, viewer));
        if (rows[0]?.visible === true) throw new CrosslinkError('VALIDATION_FAILED', 'You may see this case already', { field: 'input.hitId' });
        return rows;
      },
      ([made]) => {
        const request = made?.request ?? null;
        return request === null ? null : { records: [`AccessRequest:${request.id}`, `Case:${request.caseId}`] };
      },
    );
    const request = row?.request ?? null;
    if (request === null) throw new CrosslinkError('NOT_FOUND', 'No such hit of yours', { field: 'input.hitId' });
    return request;
  }

  /**
   * Decides a pending request in one transaction: `allow` judges the decider against the request as
   * it stands (throwing to refuse); a grant shares the case with the requester's force, with the
   * request's purpose as the share's reason. A grant is audited as a disclosure to that force.
   */
  decide(
    input: { requestId: string; grant: boolean; reason: string; decidedBy: string },
    allow: (current: AccessRequest) => void,
    viewer: ViewerParams,
    meta: RequestMeta,
  ): Promise<AccessRequest> {
    return this.audited.write(
      meta,
      'decideCaseAccess',
      async (tx) => {
        const [row] = await run(tx, requestForDecision(input.requestId, viewer));
        if (row === undefined) throw new CrosslinkError('NOT_FOUND', 'No such access request, or you may not see its case', { field: 'input.requestId' });
        const current = row.request;
        allow(current);
        if (current.status !== 'PENDING')
          throw new CrosslinkError('INVALID_TRANSITION', `The request is ${current.status} already`, { field: 'input.requestId' });
        const status: AccessRequestStatus = input.grant ? 'GRANTED' : 'REFUSED';
        const [decided] = await run(tx, decide({ requestId: input.requestId, status, decidedBy: input.decidedBy, reason: input.reason }));
        if (input.grant) {
          const reason = `Access granted on request by ${current.requestedBy}: ${current.purpose}`;
          await run(tx, shareCase({ caseId: current.caseId, force: current.requestedByForce, reason, by: input.decidedBy }, viewer));
        }
        if (decided === undefined) throw new Error('access decision returned no row');
        return decided.request;
      },
      (decided) => ({
        records: [`AccessRequest:${decided.id}`, `Case:${decided.caseId}`],
        owners: [decided.askedForce],
        ...(decided.status === 'GRANTED' ? { recipients: [decided.requestedByForce] } : {}),
      }),
    );
  }

  async byIds(
    scope: { ids: readonly string[]; username: string; decidesFor: string | null; supervisor: boolean },
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<Map<string, AccessRequest>> {
    const rows = await this.db.read(requestsByIds(scope, viewer), meta);
    return new Map(rows.map(({ request }) => [request.id, request]));
  }

  async list(
    scope: { mine: boolean; username: string; decidesFor: string | null; status: AccessRequestStatus | null },
    after: CursorKey | null,
    limit: number,
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<AccessRequest[]> {
    const rows = await this.db.read(listRequests(scope, after, limit, viewer), meta);
    return rows.map(({ request }) => request);
  }
}
