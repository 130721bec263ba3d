import type { ResolverMap } from '@crosslink/common';
import type { CasesContext } from '../context.js';
import type { Operation } from './operation.model.js';
import type { CreateOperationInput } from './operation.validation.js';

type Page = { first?: number | null; after?: string | null };

export const operationResolvers: ResolverMap<CasesContext> = {
  Query: {
    operation: (_root, args: { id: string }, ctx: CasesContext) => ctx.operations.byIdOrNull(args.id),
    operations: (_root, args: Page, ctx: CasesContext) => ctx.operations.list(args.first, args.after),
  },
  Mutation: {
    createOperation: (_root, args: { input: CreateOperationInput }, ctx: CasesContext) => ctx.operations.create(args.input),
    addCaseToOperation: (_root, args: { input: { operationId: string; caseId: string; reason: string } }, ctx: CasesContext) =>
      ctx.operations.addCase(args.input),
    addOperationParticipant: (_root, args: { input: { operationId: string; force: string; reason: string } }, ctx: CasesContext) =>
      ctx.operations.addParticipant(args.input),
    removeCaseFromOperation: (_root, args: { input: { operationId: string; caseId: string; reason: string } }, ctx: CasesContext) =>
      ctx.operations.removeCase(args.input),
    transferOperationLead: (_root, args: { input: { operationId: string; leadForce: string; reason: string } }, ctx: CasesContext) =>
      ctx.operations.transferLead(args.input),
  },
  Operation: {
    __resolveReference: (ref: { id: string }, ctx: CasesContext) => ctx.operations.byIdOrNull(ref.id),
    leadForce: (parent: Operation, _args, ctx: CasesContext) => ctx.forces.byCodeOrNull(parent.leadForce),
    participants: async (parent: Operation, _args, ctx: CasesContext) =>
      (await Promise.all([...parent.participants].sort().map((code) => ctx.forces.byCodeOrNull(code)))).filter((f) => f !== null),
    cases: (parent: Operation, args: Page, ctx: CasesContext) => ctx.operations.cases(parent.id, args.first, args.after),
    leadHistory: (parent: Operation, args: Page, ctx: CasesContext) => ctx.operations.leadHistory(parent.id, args.first, args.after),
  },
};
