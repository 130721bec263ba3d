import type { Resolvers } from '../generated/resolvers-types.js';

/** Victims: NRM referrals and their decisions. */
export const victimResolvers: Resolvers = {
  Mutation: {
    recordNrmReferral: (_root, args, ctx) => ctx.nrm.record(args.input),
    recordNrmDecision: (_root, args, ctx) => ctx.nrm.decide(args.input),
    changeNrmDecision: (_root, args, ctx) => ctx.nrm.change(args.input),
  },
  NrmReferral: {
    // Whether the case is another force's rides along (never sent) so that the audit judges the reference like the case.
    case: (referral) => ({ __typename: 'Case' as const, id: referral.caseId, foreign: referral.foreign }),
    history: (referral, args, ctx) => ctx.history.page('NrmReferral', referral.id, args),
  },
};
