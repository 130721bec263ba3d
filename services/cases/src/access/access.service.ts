import type DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { assertCan, CrosslinkError, decodeKeyset, pageSize, toConnection, type Connection, loadByKeys, type RequestScope } from '@crosslink/common';
import { isHubSupervisor, supervises } from '../shared/remit.js';
import { requiredText } from '../shared/validate.js';
import type { AccessRequest, AccessRequestStatus } from './access.model.js';
import type { AccessRepository } from './access.repository.js';

const PURPOSE_MAX = 1000;
const REASON_MAX = 1000;

/**
 * Asking for access to a case known only as "known to force X", and the owning force's decision:
 * discovery without disclosure, followed up without depending on anyone happening to share.
 */
export class AccessService {
  /** Requests by id, one query per batch (an inbox names many). */
  private readonly byId: DataLoader<string, AccessRequest | null>;

  constructor(
    private readonly repository: AccessRepository,
    private readonly scope: RequestScope,
  ) {
    const { principal, hubForce, access, meta } = scope;
    const decidesFor = isHubSupervisor(principal, hubForce) ? null : principal.force;
    const reader = { username: principal.username, decidesFor, supervisor: principal.roles.has('supervisor') };
    this.byId = loadByKeys((ids) => this.repository.byIds({ ...reader, ids }, access, meta), null);
  }

  /** Asks the owning force for the case behind a hit the caller was given, saying why. */
  request(input: { hitId: string; purpose: string }): Promise<AccessRequest> {
    assertCan(this.scope.principal, 'case:read');
    const purpose = requiredText(input.purpose, 'input.purpose', PURPOSE_MAX);
    if (purpose.length < 10) throw new CrosslinkError('VALIDATION_FAILED', 'Say why you need the case: its force decides on it', { field: 'input.purpose' });
    const p = this.scope.principal;
    return this.repository.open(
      { id: randomUUID(), hitId: input.hitId.trim(), requestedBy: p.username, requestedByName: p.displayName, requestedByForce: p.force, purpose },
      this.scope.access,
      this.scope.meta,
    );
  }

  /** A supervisor of the owning force (or the hub) grants the request, sharing the case with the requester's force, or refuses it. */
  decide(input: { requestId: string; grant: boolean; reason: string }): Promise<AccessRequest> {
    assertCan(this.scope.principal, 'case:share');
    const reason = requiredText(input.reason, 'input.reason', REASON_MAX);
    return this.repository.decide(
      { requestId: input.requestId.trim(), grant: input.grant, reason, decidedBy: this.scope.principal.username },
      (current) => {
        if (!supervises(this.scope.principal, this.scope.hubForce, current.askedForce)) {
          throw new CrosslinkError('FORBIDDEN', 'Only a supervisor of the case’s force, or of the hub, decides on access to it', { field: 'input.requestId' });
        }
      },
      this.scope.access,
      this.scope.meta,
    );
  }

  /** One request: the caller's own, or one they decide on. */
  byIdOrNull(id: string): Promise<AccessRequest | null> {
    assertCan(this.scope.principal, 'case:read');
    return this.byId.load(id);
  }

  /**
   * The caller's own requests (`mine`), or those a supervisor decides: on their force's cases, or any
   * for the hub. Newest first.
   */
  async list(args: {
    mine?: boolean | null;
    status?: AccessRequestStatus | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<AccessRequest>> {
    assertCan(this.scope.principal, 'case:read');
    const mine = args.mine ?? false;
    if (!mine) assertCan(this.scope.principal, 'case:share');
    const size = pageSize(args.first);
    const scope = {
      mine,
      username: this.scope.principal.username,
      decidesFor: isHubSupervisor(this.scope.principal, this.scope.hubForce) ? null : this.scope.principal.force,
      status: args.status ?? null,
    };
    const rows = await this.repository.list(scope, decodeKeyset(args.after, 'datetime'), size + 1, this.scope.access, this.scope.meta);
    return toConnection(rows, size, (r) => [r.requestedAt, r.id]);
  }
}
