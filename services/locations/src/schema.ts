import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { locationResolvers } from './location/location.resolvers.js';
import { locationTypeDefs } from './location/location.typedefs.js';

/** The locations subgraph schema, one module per feature; also printed into schema/locations.graphql by `npm run schema`. */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: locationTypeDefs, resolvers: locationResolvers }]);
}
