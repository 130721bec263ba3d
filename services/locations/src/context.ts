import type { RequestScope, SubgraphContext } from '@crosslink/common';
import type { LocationRepository } from './location/location.repository.js';
import { LocationService } from './location/location.service.js';

export interface Repositories {
  readonly locations: LocationRepository;
}

/** The request's services, bound to the caller's scope. */
export function services(repositories: Repositories, scope: RequestScope) {
  return { locations: new LocationService(repositories.locations, scope) };
}

export type LocationsContext = SubgraphContext<ReturnType<typeof services>>;
