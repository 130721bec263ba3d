import type { ResolverMap } from '@crosslink/common';
import type { DocumentNode } from 'graphql';
import { actionResolvers } from './action/action.resolvers.js';
import { actionTypeDefs } from './action/action.typedefs.js';
import { caseLifecycleResolvers } from './case/case-lifecycle.resolvers.js';
import { caseLifecycleTypeDefs } from './case/case-lifecycle.typedefs.js';
import type { CasesContext } from './context.js';
import { eventResolvers } from './event/event.resolvers.js';
import { eventTypeDefs } from './event/event.typedefs.js';
import { officerResolvers } from './officer/officer.resolvers.js';
import { officerTypeDefs } from './officer/officer.typedefs.js';
import { operationResolvers } from './operation/operation.resolvers.js';
import { operationTypeDefs } from './operation/operation.typedefs.js';
import { workloadResolvers } from './workload/workload.resolvers.js';
import { workloadTypeDefs } from './workload/workload.typedefs.js';

/**
 * Case coordination as schema modules: lifecycle and history, events, operations, actions and the
 * supervisor's workload by officer and team, and the officers themselves. Each extends the base
 * Case, Query and Mutation types of typedefs.ts.
 * Operations come before actions, which extend Operation.
 */
export const coordinationModules: { typeDefs: DocumentNode; resolvers: ResolverMap<CasesContext> }[] = [
  { typeDefs: caseLifecycleTypeDefs, resolvers: caseLifecycleResolvers },
  { typeDefs: eventTypeDefs, resolvers: eventResolvers },
  { typeDefs: operationTypeDefs, resolvers: operationResolvers },
  { typeDefs: actionTypeDefs, resolvers: actionResolvers },
  { typeDefs: workloadTypeDefs, resolvers: workloadResolvers },
  { typeDefs: officerTypeDefs, resolvers: officerResolvers },
];
