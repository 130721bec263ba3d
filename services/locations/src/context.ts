import type { Principal, RequestAuth } from '@crosslink/common';
import type { LocationRepository } from './location/location.repository.js';
import { LocationService } from './location/location.service.js';

export interface LocationsContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly locations: LocationService;
}

export interface Repositories {
  readonly locations: LocationRepository;
}

export function createContext(repositories: Repositories, hubForce: string) {
  return (auth: RequestAuth): LocationsContext => {
    const meta = { requestId: auth.requestId, userId: auth.principal.userId };
    return {
      principal: auth.principal,
      requestId: auth.requestId,
      locations: new LocationService(repositories.locations, auth.principal, hubForce, meta),
    };
  };
}
