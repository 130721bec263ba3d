import type { Resolvers } from '../generated/resolvers-types.js';

export const forceResolvers: Resolvers = {
  Query: {
    forces: (_root, _args, ctx) => ctx.forces.list(),
    force: (_root, args, ctx) => ctx.forces.byCodeOrNull(args.code),
  },
  Force: {
    __resolveReference: (ref, ctx) => ctx.forces.byCodeOrNull(ref.code),
  },
};
