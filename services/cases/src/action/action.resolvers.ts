import { compareStoredInstants } from '@crosslink/common';
import type { Resolvers } from '../generated/resolvers-types.js';
import { isOverdue, raisingWarnings } from './action.lifecycle.js';

export const actionResolvers: Resolvers = {
  Query: {
    unallocatedActions: (_root, args, ctx) => ctx.actions.unallocated(args.first, args.after),
    actionsFor: (_root, args, ctx) => ctx.actions.allocatedTo(args.officer, args.status, args.first, args.after),
  },
  Mutation: {
    raiseAction: (_root, args, ctx) => ctx.actions.raise(args.input),
    allocateAction: (_root, args, ctx) => ctx.actions.allocate(args.input),
    completeAction: (_root, args, ctx) => ctx.actions.complete(args.input),
    resultAction: (_root, args, ctx) => ctx.actions.markResulted(args.input),
    fileAction: (_root, args, ctx) => ctx.actions.file(args.input),
    returnAction: (_root, args, ctx) => ctx.actions.sendBack(args.input),
    commentOnAction: (_root, args, ctx) => ctx.actions.comment(args.input),
  },
  Case: {
    actions: (parent, args, ctx) => ctx.actions.on({ kind: 'Case', id: parent.id }, args.first, args.after),
  },
  Operation: {
    actions: (parent, args, ctx) => ctx.actions.on({ kind: 'Operation', id: parent.id }, args.first, args.after),
  },
  Action: {
    overdue: (action) => isOverdue(action, new Date()),
    comments: (action) => [...action.comments].sort((x, y) => compareStoredInstants(x.at, y.at) || x.id.localeCompare(y.id)),
    warnings: (action) => raisingWarnings(action),
    case: (action, _args, ctx) => (action.caseId === null ? null : ctx.cases.byIdOrNull(action.caseId)),
    operation: (action, _args, ctx) => (action.operationId === null ? null : ctx.operations.byIdOrNull(action.operationId)),
    owningForce: (action, _args, ctx) => ctx.forces.named(action.force),
    allocatedTo: (action) =>
      action.allocatedTo === null || action.allocatedForce === null ? null : { username: action.allocatedTo, force: action.allocatedForce },
  },
};
