import type { RequestScope, SubgraphContext } from '@crosslink/common';
import type { IntelligenceRepository } from './intelligence/intelligence.repository.js';
import { IntelligenceService } from './intelligence/intelligence.service.js';
import type { MatchingRepository } from './matching/matching.repository.js';
import { MatchingService } from './matching/matching.service.js';
import { NetworkDetailsService } from './network/network-details.service.js';
import type { NetworkRepository } from './network/network.repository.js';
import { NetworkService } from './network/network.service.js';
import { ScopeReader } from './network/scope-reader.js';
import type { SearchRepository } from './search/search.repository.js';
import { SearchService } from './search/search.service.js';

export interface Repositories {
  readonly intelligence: IntelligenceRepository;
  readonly search: SearchRepository;
  readonly network: NetworkRepository;
  readonly matching: MatchingRepository;
}

/** The request's services, bound to the caller's scope; network questions and match suggestions read scopes alike. */
export function services(repositories: Repositories, scope: RequestScope) {
  const scopes = new ScopeReader(repositories.network, scope);
  return {
    intelligence: new IntelligenceService(repositories.intelligence, scope),
    search: new SearchService(repositories.search, scope),
    network: new NetworkService(repositories.network, scope, scopes),
    networkDetails: new NetworkDetailsService(repositories.network, scope),
    matching: new MatchingService(repositories.matching, scope, scopes),
  };
}

export type IntelContext = SubgraphContext<ReturnType<typeof services>>;
