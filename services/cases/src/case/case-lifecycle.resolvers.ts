import type { Resolvers } from '../generated/resolvers-types.js';

export const caseLifecycleResolvers: Resolvers = {
  Mutation: {
    changeCaseStatus: (_root, args, ctx) => ctx.cases.changeStatus(args.input),
    updateCase: (_root, args, ctx) => ctx.cases.update(args.input),
    assignOfficerInCharge: (_root, args, ctx) => ctx.cases.assignOfficerInCharge(args.input),
  },
  Case: {
    history: (parent, args, ctx) => ctx.cases.history(parent.id, args.first, args.after),
  },
};
