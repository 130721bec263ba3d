import type { Principal } from '../auth/principal.js';
import { RequestAudit } from '../audit/request-audit.js';
import { requestScope, type RequestScope } from '../service/request-scope.js';

export interface ScopeOptions {
  readonly hubForce?: string;
  /** The purpose the request states; none by default. */
  readonly purpose?: string | null;
  readonly requestId?: string;
  /** The audit chain the request's writes append to; the service's name. */
  readonly chain?: string;
}

/** A request's scope for a principal, as a subgraph builds one, for tests that call services directly. */
export function scopeFor(principal: Principal, options: ScopeOptions = {}): RequestScope {
  const requestId = options.requestId ?? `test-${principal.userId}`;
  const audit = new RequestAudit(principal, requestId, options.purpose ?? null, options.chain ?? 'test');
  return requestScope({ principal, token: '', requestId, purpose: options.purpose ?? null }, audit, options.hubForce ?? 'NCA');
}
