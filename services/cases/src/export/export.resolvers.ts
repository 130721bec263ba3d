import type { Resolvers } from '../generated/resolvers-types.js';

export const exportResolvers: Resolvers = {
  Mutation: {
    exportCase: (_root, args, ctx) => ctx.exports.exportCase(args.input),
  },
};
