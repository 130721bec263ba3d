import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { discoveryResolvers } from './discovery/discovery.resolvers.js';
import { discoveryTypeDefs } from './discovery/discovery.typedefs.js';
import { objectResolvers } from './object/object.resolvers.js';
import { objectTypeDefs } from './object/object.typedefs.js';
import { personResolvers } from './person/person.resolvers.js';
import { personTypeDefs } from './person/person.typedefs.js';
import { victimResolvers } from './victim/victim.resolvers.js';
import { victimTypeDefs } from './victim/victim.typedefs.js';

/** The entities subgraph schema, one module per feature; also printed into schema/entities.graphql by `npm run schema`. */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([
    { typeDefs: personTypeDefs, resolvers: personResolvers },
    { typeDefs: objectTypeDefs, resolvers: objectResolvers },
    { typeDefs: victimTypeDefs, resolvers: victimResolvers },
    { typeDefs: discoveryTypeDefs, resolvers: discoveryResolvers },
  ]);
}
