import type { Principal, RequestAudit, RequestAuth } from '@crosslink/common';
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

export interface EntitiesContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly audit: RequestAudit;
  readonly people: PersonService;
  readonly objects: ObjectService;
  readonly links: LinkService;
  readonly nrm: NrmService;
  readonly discovery: DiscoveryService;
  readonly history: HistoryService;
}

export interface Repositories {
  readonly people: PersonRepository;
  readonly objects: ObjectRepository;
  readonly links: LinkRepository;
  readonly nrm: NrmRepository;
  readonly discovery: DiscoveryRepository;
  readonly history: HistoryRepository;
  readonly idempotency: IdempotencyRepository;
}

export function createContext(repositories: Repositories, hubForce: string) {
  return (auth: RequestAuth, audit: RequestAudit): EntitiesContext => {
    // Writes made with this metadata append their audit event in the same transaction.
    const meta = { requestId: auth.requestId, userId: auth.principal.userId, audit };
    const idempotency = new Idempotency(repositories.idempotency, meta);
    const people = new PersonService(repositories.people, auth.principal, hubForce, meta, idempotency);
    return {
      principal: auth.principal,
      requestId: auth.requestId,
      audit,
      people,
      objects: new ObjectService(repositories.objects, auth.principal, hubForce, meta, idempotency),
      links: new LinkService(repositories.links, people, auth.principal, hubForce, meta),
      nrm: new NrmService(repositories.nrm, people, auth.principal, hubForce, meta, idempotency),
      discovery: new DiscoveryService(repositories.discovery, auth.principal, hubForce, meta),
      history: new HistoryService(repositories.history, auth.principal, hubForce, meta),
    };
  };
}
