import type { ResolverMap } from '@crosslink/common';
import type { CasesContext } from '../context.js';
import type { Case, CaseStatus } from './case.model.js';
import type { UpdateCaseInput } from './case.validation.js';

type Page = { first?: number | null; after?: string | null };

export const caseLifecycleResolvers: ResolverMap<CasesContext> = {
  Mutation: {
    changeCaseStatus: (_root, args: { input: { caseId: string; status: CaseStatus; reason?: string | null } }, ctx: CasesContext) =>
      ctx.cases.changeStatus(args.input),
    updateCase: (_root, args: { input: UpdateCaseInput }, ctx: CasesContext) => ctx.cases.update(args.input),
    assignOfficerInCharge: (_root, args: { input: { caseId: string; officer: string; reason?: string | null } }, ctx: CasesContext) =>
      ctx.cases.assignOfficerInCharge(args.input),
  },
  Case: {
    history: (parent: Case, args: Page, ctx: CasesContext) => ctx.cases.history(parent.id, args.first, args.after),
  },
};
