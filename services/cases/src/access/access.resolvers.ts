import type { ResolverMap } from '@crosslink/common';
import type { CasesContext } from '../context.js';
import type { AccessRequest, AccessRequestStatus } from './access.model.js';

export const accessResolvers: ResolverMap<CasesContext> = {
  Query: {
    accessRequests: (
      _root,
      args: { mine?: boolean | null; status?: AccessRequestStatus | null; first?: number | null; after?: string | null },
      ctx: CasesContext,
    ) => ctx.access.list(args),
  },
  Mutation: {
    requestCaseAccess: (_root, args: { input: { hitId: string; purpose: string } }, ctx: CasesContext) => ctx.access.request(args.input),
    decideCaseAccess: (_root, args: { input: { requestId: string; grant: boolean; reason: string } }, ctx: CasesContext) => ctx.access.decide(args.input),
  },
  AccessRequest: {
    requestedByForce: (r: AccessRequest, _args, ctx: CasesContext) => ctx.forces.byCodeOrNull(r.requestedByForce),
    force: (r: AccessRequest, _args, ctx: CasesContext) => ctx.forces.byCodeOrNull(r.askedForce),
    // Read as any case is: null while the caller may not see it.
    case: (r: AccessRequest, _args, ctx: CasesContext) => ctx.cases.byIdOrNull(r.caseId),
  },
};
