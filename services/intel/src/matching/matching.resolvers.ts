import type { ResolverMap } from '@crosslink/common';
import type { IntelContext } from '../context.js';
import type { NetworkScopeInput } from '../network/network.validation.js';
import type { DecideMatchInput } from './matching.validation.js';

export const matchingResolvers: ResolverMap<IntelContext> = {
  Query: {
    matchSuggestions: (_root, args: { scope: NetworkScopeInput; first?: number | null; decided?: boolean | null }, ctx: IntelContext) =>
      ctx.matching.suggestions(args.scope, args.first, args.decided),
  },
  Mutation: {
    decideMatch: (_root, args: { input: DecideMatchInput }, ctx: IntelContext) => ctx.matching.decide(args.input),
  },
};
