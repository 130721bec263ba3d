import { buildSubgraphSchema } from '@apollo/subgraph';
import { providedLocationTypeDefs } from '@crosslink/common';
import type { GraphQLSchema } from 'graphql';
import { addressResolvers } from './address/address.resolvers.js';
import { addressTypeDefs } from './address/address.typedefs.js';
import { discoveryResolvers } from './discovery/discovery.resolvers.js';
import { discoveryTypeDefs } from './discovery/discovery.typedefs.js';
import { historyTypeDefs } from './history/history.typedefs.js';
import { linkResolvers } from './link/link.resolvers.js';
import { linkTypeDefs } from './link/link.typedefs.js';
import { objectResolvers } from './object/object.resolvers.js';
import { objectTypeDefs } from './object/object.typedefs.js';
import { personResolvers } from './person/person.resolvers.js';
import { personTypeDefs } from './person/person.typedefs.js';
import { sharedResolvers } from './shared/shared.resolvers.js';
import { sharedTypeDefs } from './shared/shared.typedefs.js';
import { victimResolvers } from './victim/victim.resolvers.js';
import { victimTypeDefs } from './victim/victim.typedefs.js';

/** The entities subgraph schema, one module per feature; also printed into schema/entities.graphql by `npm run schema`. */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([
    { typeDefs: sharedTypeDefs, resolvers: sharedResolvers },
    { typeDefs: personTypeDefs, resolvers: personResolvers },
    { typeDefs: providedLocationTypeDefs },
    { typeDefs: addressTypeDefs, resolvers: addressResolvers },
    { typeDefs: historyTypeDefs },
    { typeDefs: linkTypeDefs, resolvers: linkResolvers },
    { typeDefs: objectTypeDefs, resolvers: objectResolvers },
    { typeDefs: victimTypeDefs, resolvers: victimResolvers },
    { typeDefs: discoveryTypeDefs, resolvers: discoveryResolvers },
  ]);
}
