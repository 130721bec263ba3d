import type { ResolverMap } from '@crosslink/common';
import type { CasesContext } from '../context.js';

export const workloadResolvers: ResolverMap<CasesContext> = {
  Query: {
    workload: async (_root, args: { force: string; team?: string | null; first?: number | null; after?: string | null }, ctx: CasesContext) => {
      await ctx.forces.assertKnown(args.force, 'force');
      return ctx.workload.forForce(args.force, args.team, args.first, args.after);
    },
    teamWorkload: async (_root, args: { force: string }, ctx: CasesContext) => {
      await ctx.forces.assertKnown(args.force, 'force');
      return ctx.workload.byTeam(args.force);
    },
  },
};
