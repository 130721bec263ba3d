import type { Resolvers } from '../generated/resolvers-types.js';

export const officerResolvers: Resolvers = {
  Query: {
    officers: async (_root, args, ctx) => {
      await ctx.forces.assertKnown(args.force, 'force');
      return ctx.officers.list(args.force, args.team, args.first, args.after, args.forAction);
    },
  },
  Mutation: {
    setOfficerTeam: (_root, args, ctx) => ctx.officers.setTeam(args.input),
  },
  Case: {
    officer: (parent, _args, ctx) => ctx.officers.named(parent.officerInCharge, parent.force),
  },
  Officer: {
    force: (officer, _args, ctx) => ctx.forces.named(officer.force),
    displayName: async (officer, _args, ctx) => (await ctx.officers.recordOf(officer))?.displayName ?? null,
    team: async (officer, _args, ctx) => (await ctx.officers.recordOf(officer))?.team ?? null,
  },
};
