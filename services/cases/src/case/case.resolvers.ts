import { selectedArguments } from '@crosslink/common';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Case has two keys; the generated reference type names only the last (reference). */
type CaseKey = { readonly id: string } | { readonly reference: string };

export const caseResolvers: Resolvers = {
  Query: {
    case: (_root, args, ctx, info) => {
      // A timeline asked for with the case is fetched beside it, not after it.
      const timeline = selectedArguments(info, 'Case', 'timeline');
      if (timeline !== null) ctx.events.prefetchTimeline(args.reference, timeline);
      return ctx.cases.byReferenceOrNull(args.reference);
    },
    cases: async (_root, args, ctx) => {
      await ctx.forces.assertKnown(args.filter?.force, 'filter.force');
      return ctx.cases.list(args.filter ?? {}, args.first, args.after);
    },
  },
  Mutation: {
    createCase: async (_root, args, ctx) => {
      const created = await ctx.cases.open(args.input);
      return { reference: created.case.reference, case: created.case, replayed: created.replayed };
    },
  },
  Case: {
    __resolveReference: (ref: CaseKey, ctx) => ('id' in ref ? ctx.cases.byIdOrNull(ref.id) : ctx.cases.byReferenceOrNull(ref.reference)),
    force: (parent, _args, ctx) => ctx.forces.named(parent.force),
  },
};
