import { defineSubgraph } from '@crosslink/common';
import { services } from './context.js';
import { IntelligenceRepository } from './intelligence/intelligence.repository.js';
import { MatchingRepository } from './matching/matching.repository.js';
import { NetworkRepository } from './network/network.repository.js';
import { SearchRepository } from './search/search.repository.js';
import { buildSchema } from './schema.js';

/** The intel subgraph: graded intelligence, search, network analysis and match suggestions. */
export const buildApp = defineSubgraph({
  service: 'intel',
  schema: buildSchema,
  repositories: (executor, audited) => ({
    intelligence: new IntelligenceRepository(executor, audited),
    search: new SearchRepository(executor),
    network: new NetworkRepository(executor, audited),
    matching: new MatchingRepository(executor, audited),
  }),
  services,
});
