import type { Principal } from '../auth/principal.js';
import { writerParams, type WriterParams } from '../auth/remit.js';
import { viewerParams, type ViewerParams } from '../auth/visibility.js';
import type { RequestMeta } from '../audit/audited-writer.js';
import type { RequestAudit } from '../audit/request-audit.js';
import type { RequestAuth } from '../graphql/mount.js';

/**
 * Who is asking, built once per request and handed to every service of the request: the caller,
 * the request's audit, the metadata its statements and audited writes carry, and the caller's
 * access as the Cypher parameters the shared predicates read (`$viewer`, `$writer`).
 */
export interface RequestScope {
  readonly principal: Principal;
  readonly requestId: string;
  readonly audit: RequestAudit;
  /** Tags the request's transactions; writes made with it append their audit event in the same transaction. */
  readonly meta: RequestMeta;
  /** The national hub's force code, whose supervisors act for every force. */
  readonly hubForce: string;
  /** `$viewer` and `$writer` for the visibility and remit predicates. */
  readonly access: ViewerParams & WriterParams;
}

export function requestScope(auth: RequestAuth, audit: RequestAudit, hubForce: string): RequestScope {
  const { principal, requestId } = auth;
  return {
    principal,
    requestId,
    audit,
    meta: { requestId, userId: principal.userId, audit },
    hubForce,
    access: { ...viewerParams(principal, hubForce), ...writerParams(principal, hubForce) },
  };
}
