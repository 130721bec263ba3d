import type { Resolvers } from '../generated/resolvers-types.js';

export const workloadResolvers: Resolvers = {
  Query: {
    workload: async (_root, args, ctx) => {
      await ctx.forces.assertKnown(args.force, 'force');
      return ctx.workload.forForce(args.force, args.team, args.first, args.after);
    },
    teamWorkload: async (_root, args, ctx) => {
      await ctx.forces.assertKnown(args.force, 'force');
      return ctx.workload.byTeam(args.force);
    },
  },
};
