import type { ResolverMap } from '@crosslink/common';
import type { Case } from '../case/case.model.js';
import type { CasesContext } from '../context.js';
import type { Officer } from './officer.model.js';

/** An officer as another record names them (an action's holder): username and force; the rest is looked up. */
type OfficerParent = Officer | { readonly username: string; readonly force: string };

type Page = { first?: number | null; after?: string | null };

/** The officer's record when the parent is only a reference to it; looked up in one batch per request. */
async function recordOf(parent: OfficerParent, ctx: CasesContext): Promise<Officer | null> {
  return 'team' in parent ? parent : ctx.officers.byUsernameOrNull(parent.username);
}

export const officerResolvers: ResolverMap<CasesContext> = {
  Query: {
    officers: async (_root, args: Page & { force: string; team?: string | null }, ctx: CasesContext) => {
      await ctx.forces.assertKnown(args.force, 'force');
      return ctx.officers.list(args.force, args.team, args.first, args.after);
    },
  },
  Mutation: {
    setOfficerTeam: (_root, args: { input: { officer: { username: string; force: string }; team?: string | null } }, ctx: CasesContext) =>
      ctx.officers.setTeam(args.input),
  },
  Case: {
    // A case whose officer Crosslink has no record of yet still names them, in the case's force.
    officer: async (parent: Case, _args, ctx: CasesContext): Promise<Officer> =>
      (await ctx.officers.byUsernameOrNull(parent.officerInCharge)) ?? { username: parent.officerInCharge, force: parent.force, displayName: null, team: null },
  },
  Officer: {
    force: (parent: OfficerParent, _args, ctx: CasesContext) => ctx.forces.byCodeOrNull(parent.force),
    displayName: async (parent: OfficerParent, _args, ctx: CasesContext) => (await recordOf(parent, ctx))?.displayName ?? null,
    team: async (parent: OfficerParent, _args, ctx: CasesContext) => (await recordOf(parent, ctx))?.team ?? null,
  },
};
