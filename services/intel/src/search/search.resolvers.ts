import type { Resolvers } from '../generated/resolvers-types.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_root, args, ctx) => ctx.search.search(args.text, args.first),
  },
  SearchResult: {
    __resolveType: (node) => node.__typename ?? null,
  },
};
