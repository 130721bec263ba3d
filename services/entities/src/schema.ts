import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers.js';
import { typeDefs } from './typedefs.js';

/** The entities subgraph schema; also printed into schema/entities.graphql by `npm run schema`. */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
