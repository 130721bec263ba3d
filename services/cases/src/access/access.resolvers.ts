import type { Resolvers } from '../generated/resolvers-types.js';

export const accessResolvers: Resolvers = {
  Query: {
    accessRequests: (_root, args, ctx) => ctx.accessRequests.list(args),
  },
  Mutation: {
    requestCaseAccess: (_root, args, ctx) => ctx.accessRequests.request(args.input),
    decideCaseAccess: (_root, args, ctx) => ctx.accessRequests.decide(args.input),
  },
  AccessRequest: {
    requestedByForce: (request, _args, ctx) => ctx.forces.named(request.requestedByForce),
    force: (request, _args, ctx) => ctx.forces.named(request.askedForce),
    // Read as any case is: null while the caller may not see it.
    case: (request, _args, ctx) => ctx.cases.byIdOrNull(request.caseId),
  },
};
