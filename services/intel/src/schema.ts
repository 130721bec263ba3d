import { buildSubgraphSchema } from '@apollo/subgraph';
import { DateTime } from '@crosslink/common';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './generated/resolvers-types.js';
import { intelligenceResolvers } from './intelligence/intelligence.resolvers.js';
import { intelligenceTypeDefs } from './intelligence/intelligence.typedefs.js';
import { matchingResolvers } from './matching/matching.resolvers.js';
import { matchingTypeDefs } from './matching/matching.typedefs.js';
import { networkResolvers } from './network/network.resolvers.js';
import { networkTypeDefs } from './network/network.typedefs.js';
import { searchResolvers } from './search/search.resolvers.js';
import { searchTypeDefs } from './search/search.typedefs.js';
import { sharedTypeDefs } from './shared/shared.typedefs.js';

const scalars: Resolvers = { DateTime };

/** The intel subgraph schema, one module per feature; also printed into schema/intel.graphql by `npm run schema`. */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([
    { typeDefs: sharedTypeDefs, resolvers: scalars },
    { typeDefs: intelligenceTypeDefs, resolvers: intelligenceResolvers },
    { typeDefs: searchTypeDefs, resolvers: searchResolvers },
    { typeDefs: networkTypeDefs, resolvers: networkResolvers },
    { typeDefs: matchingTypeDefs, resolvers: matchingResolvers },
  ]);
}
