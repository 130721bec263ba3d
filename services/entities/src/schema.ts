import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { discoveryResolvers } from './discovery/discovery.resolvers.js';
import { discoveryTypeDefs } from './discovery/discovery.typedefs.js';
import { resolvers } from './resolvers.js';
import { typeDefs } from './typedefs.js';

/** The entities subgraph schema; also printed into schema/entities.graphql by `npm run schema`. */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([
    { typeDefs, resolvers },
    { typeDefs: discoveryTypeDefs, resolvers: discoveryResolvers },
  ]);
}
