import type { Principal, RequestAudit, RequestAuth } from '@crosslink/common';
import type { IntelligenceRepository } from './intelligence/intelligence.repository.js';
import type { MatchingRepository } from './matching/matching.repository.js';
import { MatchingService } from './matching/matching.service.js';
import type { NetworkRepository } from './network/network.repository.js';
import { NetworkService } from './network/network.service.js';
import { IntelligenceService } from './intelligence/intelligence.service.js';
import type { SearchRepository } from './search/search.repository.js';
import { SearchService } from './search/search.service.js';

export interface IntelContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly audit: RequestAudit;
  readonly intelligence: IntelligenceService;
  readonly search: SearchService;
  readonly network: NetworkService;
  readonly matching: MatchingService;
}

export interface Repositories {
  readonly intelligence: IntelligenceRepository;
  readonly search: SearchRepository;
  readonly network: NetworkRepository;
  readonly matching: MatchingRepository;
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
      search: new SearchService(repositories.search, auth.principal, hubForce, meta),
      network: new NetworkService(repositories.network, auth.principal, hubForce, meta),
      matching: new MatchingService(repositories.matching, repositories.network, auth.principal, hubForce, meta),
    };
  };
}
