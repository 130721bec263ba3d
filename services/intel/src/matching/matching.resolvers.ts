import type { Resolvers } from '../generated/resolvers-types.js';

export const matchingResolvers: Resolvers = {
  Query: {
    matchSuggestions: (_root, args, ctx) => ctx.matching.suggestions(args.scope, args.first, args.decided),
  },
  Mutation: {
    decideMatch: (_root, args, ctx) => ctx.matching.decide(args.input),
  },
};
