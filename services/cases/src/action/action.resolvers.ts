import type { ResolverMap } from '@crosslink/common';
import type { Case } from '../case/case.model.js';
import type { CasesContext } from '../context.js';
import type { Operation } from '../operation/operation.model.js';
import { isOverdue, raisingWarnings, type ActionStatus } from './action.lifecycle.js';
import type { Action } from './action.model.js';
import type { RaiseActionInput } from './action.validation.js';

type Page = { first?: number | null; after?: string | null };

export const actionResolvers: ResolverMap<CasesContext> = {
  Query: {
    unallocatedActions: (_root, args: Page, ctx: CasesContext) => ctx.actions.unallocated(args.first, args.after),
    actionsFor: (_root, args: Page & { officer: string; status?: ActionStatus | null }, ctx: CasesContext) =>
      ctx.actions.allocatedTo(args.officer, args.status, args.first, args.after),
  },
  Mutation: {
    raiseAction: (_root, args: { input: RaiseActionInput }, ctx: CasesContext) => ctx.actions.raise(args.input),
    allocateAction: (_root, args: { input: { actionId: string; officer: { username: string; force: string } } }, ctx: CasesContext) =>
      ctx.actions.allocate(args.input),
    completeAction: (_root, args: { input: { actionId: string; result: string } }, ctx: CasesContext) => ctx.actions.complete(args.input),
    resultAction: (_root, args: { input: { actionId: string } }, ctx: CasesContext) => ctx.actions.markResulted(args.input),
    fileAction: (_root, args: { input: { actionId: string } }, ctx: CasesContext) => ctx.actions.file(args.input),
    returnAction: (_root, args: { input: { actionId: string; comment: string } }, ctx: CasesContext) => ctx.actions.sendBack(args.input),
    commentOnAction: (_root, args: { input: { actionId: string; text: string } }, ctx: CasesContext) => ctx.actions.comment(args.input),
  },
  Case: {
    actions: (parent: Case, args: Page, ctx: CasesContext) => ctx.actions.on({ kind: 'Case', id: parent.id }, args.first, args.after),
  },
  Operation: {
    actions: (parent: Operation, args: Page, ctx: CasesContext) => ctx.actions.on({ kind: 'Operation', id: parent.id }, args.first, args.after),
  },
  Action: {
    overdue: (parent: Action) => isOverdue(parent, new Date()),
    comments: (parent: Action) => [...parent.comments].sort((x, y) => x.at.localeCompare(y.at) || x.id.localeCompare(y.id)),
    warnings: (parent: Action) => raisingWarnings(parent),
    case: (parent: Action, _args, ctx: CasesContext) => (parent.caseId === null ? null : ctx.cases.byIdOrNull(parent.caseId)),
    operation: (parent: Action, _args, ctx: CasesContext) => (parent.operationId === null ? null : ctx.operations.byIdOrNull(parent.operationId)),
    owningForce: (parent: Action, _args, ctx: CasesContext) => ctx.forces.byCodeOrNull(parent.force),
    allocatedTo: (parent: Action) =>
      parent.allocatedTo === null || parent.allocatedForce === null ? null : { username: parent.allocatedTo, force: parent.allocatedForce },
  },
};
