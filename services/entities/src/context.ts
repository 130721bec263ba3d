import type { RequestScope, SubgraphContext } from '@crosslink/common';
import type { AddressRepository } from './address/address.repository.js';
import { AddressService } from './address/address.service.js';
import type { DiscoveryRepository } from './discovery/discovery.repository.js';
import { DiscoveryService } from './discovery/discovery.service.js';
import type { HistoryRepository } from './history/history.repository.js';
import { HistoryService } from './history/history.service.js';
import type { IdempotencyRepository } from './idempotency/idempotency.repository.js';
import { Idempotency } from './idempotency/idempotency.service.js';
import type { LinkRepository } from './link/link.repository.js';
import { LinkService } from './link/link.service.js';
import type { ObjectRepository } from './object/object.repository.js';
import { ObjectService } from './object/object.service.js';
import type { PersonRepository } from './person/person.repository.js';
import { PersonService } from './person/person.service.js';
import type { NrmRepository } from './victim/nrm.repository.js';
import { NrmService } from './victim/nrm.service.js';

export interface Repositories {
  readonly people: PersonRepository;
  readonly addresses: AddressRepository;
  readonly objects: ObjectRepository;
  readonly links: LinkRepository;
  readonly nrm: NrmRepository;
  readonly discovery: DiscoveryRepository;
  readonly history: HistoryRepository;
  readonly idempotency: IdempotencyRepository;
}

/** The request's services, bound to the caller's scope. */
export function services(repositories: Repositories, scope: RequestScope) {
  const idempotency = new Idempotency(repositories.idempotency, scope);
  const people = new PersonService(repositories.people, scope, idempotency);
  return {
    people,
    addresses: new AddressService(repositories.addresses, scope),
    objects: new ObjectService(repositories.objects, scope, idempotency),
    links: new LinkService(repositories.links, scope, people),
    nrm: new NrmService(repositories.nrm, scope, people, idempotency),
    discovery: new DiscoveryService(repositories.discovery, scope),
    history: new HistoryService(repositories.history, scope),
  };
}

export type EntitiesContext = SubgraphContext<ReturnType<typeof services>>;
