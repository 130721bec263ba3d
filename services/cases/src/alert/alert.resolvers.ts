import type { ResolverMap } from '@crosslink/common';
import type { CasesContext } from '../context.js';
import type { Alert } from './alert.model.js';
import { summarise } from './alert.summary.js';

export const alertResolvers: ResolverMap<CasesContext> = {
  Query: {
    alerts: (_root, args: { unread?: boolean | null; first?: number | null; after?: string | null }, ctx: CasesContext) => ctx.alerts.list(args),
  },
  Mutation: {
    acknowledgeAlert: (_root, args: { id: string }, ctx: CasesContext) => ctx.alerts.acknowledge(args.id),
  },
  Alert: {
    id: (a: Alert) => a.alertId,
    summary: (a: Alert) => summarise(a),
    byForce: (a: Alert, _args, ctx: CasesContext) => (a.byForce === null ? null : ctx.forces.byCodeOrNull(a.byForce)),
    // Each named record is read as any is: null while the reader may not see it.
    case: (a: Alert, _args, ctx: CasesContext) => (a.caseId === null ? null : ctx.cases.byIdOrNull(a.caseId)),
    otherCase: (a: Alert, _args, ctx: CasesContext) => (a.otherCaseId === null ? null : ctx.cases.byIdOrNull(a.otherCaseId)),
    knownTo: (a: Alert, _args, ctx: CasesContext) =>
      a.knownToForce === null || a.otherCaseId !== null ? null : { force: ctx.forces.byCodeOrNull(a.knownToForce), officerInCharge: a.knownToOfficer ?? '' },
    subject: (a: Alert) => (a.subjectKind === null || a.subjectValue === null ? null : { kind: a.subjectKind, value: a.subjectValue }),
    accessRequest: (a: Alert, _args, ctx: CasesContext) => (a.requestId === null ? null : ctx.access.byIdOrNull(a.requestId)),
    action: (a: Alert, _args, ctx: CasesContext) => (a.actionId === null ? null : ctx.actions.byIdOrNull(a.actionId)),
    operation: (a: Alert, _args, ctx: CasesContext) => (a.operationId === null ? null : ctx.operations.byIdOrNull(a.operationId)),
  },
};
