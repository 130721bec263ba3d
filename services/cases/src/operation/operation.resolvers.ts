import type { Resolvers } from '../generated/resolvers-types.js';

export const operationResolvers: Resolvers = {
  Query: {
    operation: (_root, args, ctx) => ctx.operations.byIdOrNull(args.id),
    operations: (_root, args, ctx) => ctx.operations.list(args.first, args.after),
  },
  Mutation: {
    createOperation: (_root, args, ctx) => ctx.operations.create(args.input),
    addCaseToOperation: (_root, args, ctx) => ctx.operations.addCase(args.input),
    addOperationParticipant: (_root, args, ctx) => ctx.operations.addParticipant(args.input),
    removeCaseFromOperation: (_root, args, ctx) => ctx.operations.removeCase(args.input),
    transferOperationLead: (_root, args, ctx) => ctx.operations.transferLead(args.input),
  },
  Case: {
    operations: (parent, _args, ctx) => ctx.operations.ofCase(parent.id),
  },
  Operation: {
    __resolveReference: (ref, ctx) => ctx.operations.byIdOrNull(ref.id),
    leadForce: (operation, _args, ctx) => ctx.forces.named(operation.leadForce),
    participants: (operation, _args, ctx) => ctx.forces.known(operation.participants),
    cases: (operation, args, ctx) => ctx.operations.cases(operation.id, args.first, args.after),
    leadHistory: (operation, args, ctx) => ctx.operations.leadHistory(operation.id, args.first, args.after),
  },
};
