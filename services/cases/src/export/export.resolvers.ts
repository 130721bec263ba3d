import type { ResolverMap } from '@crosslink/common';
import type { CasesContext } from '../context.js';
import type { ExportCaseInput } from './export.service.js';

export const exportResolvers: ResolverMap<CasesContext> = {
  Mutation: {
    exportCase: (_root, args: { input: ExportCaseInput }, ctx: CasesContext) => ctx.exports.exportCase(args.input),
  },
};
