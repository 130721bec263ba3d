import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { CasesContext } from '../context.js';

export const workloadResolvers: GraphQLResolverMap<CasesContext> = {
  Query: {
    workload: (_root, args: { force: string; first?: number | null; after?: string | null }, ctx: CasesContext) =>
      ctx.workload.forForce(args.force, args.first, args.after),
  },
};
