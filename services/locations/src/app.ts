import { defineSubgraph } from '@crosslink/common';
import { services } from './context.js';
import { LocationRepository } from './location/location.repository.js';
import { buildSchema } from './schema.js';

/** The locations subgraph: addresses as claims of cases, and the people they place there. */
export const buildApp = defineSubgraph({
  service: 'locations',
  schema: buildSchema,
  repositories: (executor, audited) => ({ locations: new LocationRepository(executor, audited) }),
  services,
});
