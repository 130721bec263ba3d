import type { Principal, RequestAudit, RequestAuth } from '@crosslink/common';
import type { LocationRepository } from './location/location.repository.js';
import { LocationService } from './location/location.service.js';

export interface LocationsContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly audit: RequestAudit;
  readonly locations: LocationService;
}

export interface Repositories {
  readonly locations: LocationRepository;
}

export function createContext(repositories: Repositories, hubForce: string) {
  return (auth: RequestAuth, audit: RequestAudit): LocationsContext => {
    // Writes made with this metadata append their audit event in the same transaction.
    const meta = { requestId: auth.requestId, userId: auth.principal.userId, audit };
    return {
      principal: auth.principal,
      requestId: auth.requestId,
      audit,
      locations: new LocationService(repositories.locations, auth.principal, hubForce, meta),
    };
  };
}
