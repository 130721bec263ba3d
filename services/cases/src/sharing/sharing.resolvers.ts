import type { Resolvers } from '../generated/resolvers-types.js';

export const sharingResolvers: Resolvers = {
  Mutation: {
    shareCase: async (_root, args, ctx) => ctx.cases.changed(await ctx.sharing.share(args.input)),
    revokeCaseShare: async (_root, args, ctx) => ctx.cases.changed(await ctx.sharing.revoke(args.input)),
  },
  Case: {
    sharedWith: (parent, _args, ctx) => ctx.sharing.sharedWith(parent.id),
  },
  CaseShare: {
    force: (share, _args, ctx) => ctx.forces.named(share.force),
  },
};
