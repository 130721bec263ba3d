import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { CasesContext } from '../context.js';
import type { ExportCaseInput } from './export.service.js';

export const exportResolvers: GraphQLResolverMap<CasesContext> = {
  Mutation: {
    exportCase: (_root, args: { input: ExportCaseInput }, ctx: CasesContext) => ctx.exports.exportCase(args.input),
  },
};
