import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers.js';
import { typeDefs } from './typedefs.js';

/** The cases subgraph schema; also printed into schema/cases.graphql by `npm run schema`. */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
