import type { Resolvers } from '../generated/resolvers-types.js';
import { summarise } from './alert.summary.js';

export const alertResolvers: Resolvers = {
  Query: {
    alerts: (_root, args, ctx) => ctx.alerts.list(args),
  },
  Mutation: {
    acknowledgeAlert: (_root, args, ctx) => ctx.alerts.acknowledge(args.id),
  },
  Alert: {
    id: (alert) => alert.alertId,
    summary: (alert) => summarise(alert),
    byForce: (alert, _args, ctx) => (alert.byForce === null ? null : ctx.forces.byCodeOrNull(alert.byForce)),
    // Each named record is read as any is: null while the reader may not see it.
    case: (alert, _args, ctx) => (alert.caseId === null ? null : ctx.cases.byIdOrNull(alert.caseId)),
    otherCase: (alert, _args, ctx) => (alert.otherCaseId === null ? null : ctx.cases.byIdOrNull(alert.otherCaseId)),
    knownTo: (alert) =>
      alert.knownToForce === null || alert.otherCaseId !== null ? null : { force: alert.knownToForce, officerInCharge: alert.knownToOfficer ?? '' },
    subject: (alert) => (alert.subjectKind === null || alert.subjectValue === null ? null : { kind: alert.subjectKind, value: alert.subjectValue }),
    accessRequest: (alert, _args, ctx) => (alert.requestId === null ? null : ctx.accessRequests.byIdOrNull(alert.requestId)),
    action: (alert, _args, ctx) => (alert.actionId === null ? null : ctx.actions.byIdOrNull(alert.actionId)),
    operation: (alert, _args, ctx) => (alert.operationId === null ? null : ctx.operations.byIdOrNull(alert.operationId)),
  },
  AlertKnownTo: {
    force: (knownTo, _args, ctx) => ctx.forces.named(knownTo.force),
  },
};
