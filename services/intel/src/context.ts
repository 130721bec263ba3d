import type { Principal, RequestAudit, RequestAuth } from '@crosslink/common';
import type { IntelligenceRepository } from './intelligence/intelligence.repository.js';
import { IntelligenceService } from './intelligence/intelligence.service.js';

export interface IntelContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly audit: RequestAudit;
  readonly intelligence: IntelligenceService;
}

export interface Repositories {
  readonly intelligence: IntelligenceRepository;
}

export function createContext(repositories: Repositories, hubForce: string) {
  return (auth: RequestAuth, audit: RequestAudit): IntelContext => {
    // Writes made with this metadata append their audit event in the same transaction.
    const meta = { requestId: auth.requestId, userId: auth.principal.userId, audit };
    return {
      principal: auth.principal,
      requestId: auth.requestId,
      audit,
      intelligence: new IntelligenceService(repositories.intelligence, auth.principal, hubForce, meta),
    };
  };
}
