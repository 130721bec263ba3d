import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { CasesContext } from '../context.js';
import type { AuditFilter } from './audit.cypher.js';

export const auditResolvers: GraphQLResolverMap<CasesContext> = {
  Query: {
    auditEvents: (_root, args: { filter?: AuditFilter | null; first?: number | null; after?: string | null }, ctx: CasesContext) =>
      ctx.auditTrail.list(args.filter ?? {}, args.first, args.after),
  },
};
