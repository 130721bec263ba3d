import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { auditResolvers } from './audit/audit.resolvers.js';
import { auditTypeDefs } from './audit/audit.typedefs.js';
import { coordinationModules } from './coordination.js';
import { resolvers } from './resolvers.js';
import { alertResolvers } from './alert/alert.resolvers.js';
import { alertTypeDefs } from './alert/alert.typedefs.js';
import { accessResolvers } from './access/access.resolvers.js';
import { accessTypeDefs } from './access/access.typedefs.js';
import { sharingResolvers } from './sharing/sharing.resolvers.js';
import { sharingTypeDefs } from './sharing/sharing.typedefs.js';
import { exportResolvers } from './export/export.resolvers.js';
import { exportTypeDefs } from './export/export.typedefs.js';
import { typeDefs } from './typedefs.js';

/** The cases subgraph schema; also printed into schema/cases.graphql by `npm run schema`. */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([
    { typeDefs, resolvers },
    { typeDefs: auditTypeDefs, resolvers: auditResolvers },
    { typeDefs: sharingTypeDefs, resolvers: sharingResolvers },
    { typeDefs: accessTypeDefs, resolvers: accessResolvers },
    { typeDefs: exportTypeDefs, resolvers: exportResolvers },
    ...coordinationModules,
    { typeDefs: alertTypeDefs, resolvers: alertResolvers },
  ]);
}
