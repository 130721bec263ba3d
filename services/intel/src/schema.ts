import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { matchingResolvers } from './matching/matching.resolvers.js';
import { matchingTypeDefs } from './matching/matching.typedefs.js';
import { networkResolvers } from './network/network.resolvers.js';
import { networkTypeDefs } from './network/network.typedefs.js';
import { resolvers } from './resolvers.js';
import { typeDefs } from './typedefs.js';

/** The intel subgraph schema; also printed into schema/intel.graphql by `npm run schema`. */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([
    { typeDefs, resolvers },
    { typeDefs: networkTypeDefs, resolvers: networkResolvers },
    { typeDefs: matchingTypeDefs, resolvers: matchingResolvers },
  ]);
}
