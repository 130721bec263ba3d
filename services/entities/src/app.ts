import { defineSubgraph } from '@crosslink/common';
import { AddressRepository } from './address/address.repository.js';
import { services } from './context.js';
import { DiscoveryRepository } from './discovery/discovery.repository.js';
import { HistoryRepository } from './history/history.repository.js';
import { IdempotencyRepository } from './idempotency/idempotency.repository.js';
import { LinkRepository } from './link/link.repository.js';
import { ObjectRepository } from './object/object.repository.js';
import { PersonRepository } from './person/person.repository.js';
import { buildSchema } from './schema.js';
import { NrmRepository } from './victim/nrm.repository.js';

/** The entities subgraph: the people and objects of POLE, their links, NRM referrals and discovery without disclosure. */
export const buildApp = defineSubgraph({
  service: 'entities',
  schema: buildSchema,
  repositories: (executor, audited) => ({
    people: new PersonRepository(executor, audited),
    addresses: new AddressRepository(executor),
    objects: new ObjectRepository(executor, audited),
    links: new LinkRepository(executor, audited),
    nrm: new NrmRepository(executor, audited),
    discovery: new DiscoveryRepository(executor, audited),
    history: new HistoryRepository(executor),
    idempotency: new IdempotencyRepository(executor),
  }),
  services,
});
