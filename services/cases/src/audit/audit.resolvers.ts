import type { Resolvers } from '../generated/resolvers-types.js';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_root, args, ctx) => ctx.auditTrail.list(args.filter ?? {}, args.first, args.after),
    auditVerification: (_root, _args, ctx) => ctx.auditTrail.verify(),
  },
};
