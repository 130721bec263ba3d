import { buildSubgraphSchema } from '@apollo/subgraph';
import { providedLocationTypeDefs } from '@crosslink/common';
import type { GraphQLSchema } from 'graphql';
import { accessResolvers } from './access/access.resolvers.js';
import { accessTypeDefs } from './access/access.typedefs.js';
import { actionResolvers } from './action/action.resolvers.js';
import { actionTypeDefs } from './action/action.typedefs.js';
import { alertResolvers } from './alert/alert.resolvers.js';
import { alertTypeDefs } from './alert/alert.typedefs.js';
import { auditResolvers } from './audit/audit.resolvers.js';
import { auditTypeDefs } from './audit/audit.typedefs.js';
import { caseLifecycleResolvers } from './case/case-lifecycle.resolvers.js';
import { caseLifecycleTypeDefs } from './case/case-lifecycle.typedefs.js';
import { caseResolvers } from './case/case.resolvers.js';
import { caseTypeDefs } from './case/case.typedefs.js';
import { eventResolvers } from './event/event.resolvers.js';
import { eventTypeDefs } from './event/event.typedefs.js';
import { exportResolvers } from './export/export.resolvers.js';
import { exportTypeDefs } from './export/export.typedefs.js';
import { forceResolvers } from './force/force.resolvers.js';
import { forceTypeDefs } from './force/force.typedefs.js';
import { officerResolvers } from './officer/officer.resolvers.js';
import { officerTypeDefs } from './officer/officer.typedefs.js';
import { operationResolvers } from './operation/operation.resolvers.js';
import { operationTypeDefs } from './operation/operation.typedefs.js';
import { sharedResolvers } from './shared/shared.resolvers.js';
import { sharedTypeDefs } from './shared/shared.typedefs.js';
import { sharingResolvers } from './sharing/sharing.resolvers.js';
import { sharingTypeDefs } from './sharing/sharing.typedefs.js';
import { workloadResolvers } from './workload/workload.resolvers.js';
import { workloadTypeDefs } from './workload/workload.typedefs.js';

/**
 * The cases subgraph schema, one module per feature; also printed into schema/cases.graphql by
 * `npm run schema`, in this order. Cases declare the root types the others extend; operations come
 * before actions, which extend Operation.
 */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([
    { typeDefs: sharedTypeDefs, resolvers: sharedResolvers },
    { typeDefs: forceTypeDefs, resolvers: forceResolvers },
    { typeDefs: caseTypeDefs, resolvers: caseResolvers },
    { typeDefs: auditTypeDefs, resolvers: auditResolvers },
    { typeDefs: sharingTypeDefs, resolvers: sharingResolvers },
    { typeDefs: accessTypeDefs, resolvers: accessResolvers },
    { typeDefs: exportTypeDefs, resolvers: exportResolvers },
    // case coordination: lifecycle and history, events, operations, actions, the supervisor's workload, officers
    { typeDefs: caseLifecycleTypeDefs, resolvers: caseLifecycleResolvers },
    { typeDefs: providedLocationTypeDefs },
    { typeDefs: eventTypeDefs, resolvers: eventResolvers },
    { typeDefs: operationTypeDefs, resolvers: operationResolvers },
    { typeDefs: actionTypeDefs, resolvers: actionResolvers },
    { typeDefs: workloadTypeDefs, resolvers: workloadResolvers },
    { typeDefs: officerTypeDefs, resolvers: officerResolvers },
    { typeDefs: alertTypeDefs, resolvers: alertResolvers },
  ]);
}
