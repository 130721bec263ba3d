import type { ResolverMap } from '@crosslink/common';
import type { CasesContext } from '../context.js';
import type { AuditFilter } from './audit.cypher.js';

export const auditResolvers: ResolverMap<CasesContext> = {
  Query: {
    auditEvents: (_root, args: { filter?: AuditFilter | null; first?: number | null; after?: string | null }, ctx: CasesContext) =>
      ctx.auditTrail.list(args.filter ?? {}, args.first, args.after),
    auditVerification: (_root, _args, ctx: CasesContext) => ctx.auditTrail.verify(),
  },
};
