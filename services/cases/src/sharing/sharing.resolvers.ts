import type { ResolverMap } from '@crosslink/common';
import type { CasesContext } from '../context.js';
import type { ShareInput } from './sharing.service.js';
import type { CaseShare } from './sharing.repository.js';

export const sharingResolvers: ResolverMap<CasesContext> = {
  Mutation: {
    shareCase: async (_root, args: { input: ShareInput }, ctx: CasesContext) => ctx.cases.byIdOrNull(await ctx.sharing.share(args.input)),
    revokeCaseShare: async (_root, args: { input: ShareInput }, ctx: CasesContext) => ctx.cases.byIdOrNull(await ctx.sharing.revoke(args.input)),
  },
  Case: {
    sharedWith: (parent: { id: string }, _args, ctx: CasesContext) => ctx.sharing.sharedWith(parent.id),
  },
  CaseShare: {
    force: (share: CaseShare, _args, ctx: CasesContext) => ctx.forces.byCodeOrNull(share.force),
  },
};
