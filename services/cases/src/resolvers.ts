import { DateTime, selectedArguments, type ResolverMap } from '@crosslink/common';
import type { GraphQLResolveInfo } from 'graphql';
import type { CasesContext } from './context.js';
import type { Case, CaseFilter } from './case/case.model.js';
import type { CreateCaseInput } from './case/case.validation.js';

type CaseRef = { id: string } | { reference: string };

export const resolvers: ResolverMap<CasesContext> = {
  DateTime,
  Query: {
    forces: (_root, _args, ctx: CasesContext) => ctx.forces.list(),
    force: (_root, args: { code: string }, ctx: CasesContext) => ctx.forces.byCodeOrNull(args.code),
    case: (_root, args: { reference: string }, ctx: CasesContext, info: GraphQLResolveInfo) => {
      const timeline = selectedArguments(info, 'Case', 'timeline');
      if (timeline !== null) ctx.events.prefetchTimeline(args.reference, timeline);
      return ctx.cases.byReferenceOrNull(args.reference);
    },
    cases: async (_root, args: { filter?: CaseFilter | null; first?: number | null; after?: string | null }, ctx: CasesContext) => {
      await ctx.forces.assertKnown(args.filter?.force, 'filter.force');
      return ctx.cases.list(args.filter ?? {}, args.first, args.after);
    },
  },
  Mutation: {
    createCase: async (_root, args: { input: CreateCaseInput }, ctx: CasesContext) => {
      const created = await ctx.cases.open(args.input);
      return { reference: created.case.reference, case: created.case, replayed: created.replayed };
    },
  },
  Force: {
    __resolveReference: (ref: { code: string }, ctx: CasesContext) => ctx.forces.byCodeOrNull(ref.code),
  },
  Case: {
    __resolveReference: (ref: CaseRef, ctx: CasesContext) => ('id' in ref ? ctx.cases.byIdOrNull(ref.id) : ctx.cases.byReferenceOrNull(ref.reference)),
    force: (parent: Case, _args, ctx: CasesContext) => ctx.forces.byCodeOrNull(parent.force),
  },
};
