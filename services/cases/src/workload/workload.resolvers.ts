import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { CasesContext } from '../context.js';

export const workloadResolvers: GraphQLResolverMap<CasesContext> = {
  Query: {
    workload: (_root, args: { force: string; team?: string | null; first?: number | null; after?: string | null }, ctx: CasesContext) =>
      ctx.workload.forForce(args.force, args.team, args.first, args.after),
    teamWorkload: (_root, args: { force: string }, ctx: CasesContext) => ctx.workload.byTeam(args.force),
  },
};
