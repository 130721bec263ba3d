import type { ResolverMap } from '@crosslink/common';
import type { EntitiesContext } from '../context.js';
import type { NrmReferral } from '../victim/nrm.model.js';
import type { ChangeNrmDecisionInput, RecordNrmDecisionInput, RecordNrmReferralInput } from '../victim/nrm.service.js';

export const victimResolvers: ResolverMap<EntitiesContext> = {
  Mutation: {
    recordNrmReferral: (_root, args: { input: RecordNrmReferralInput }, ctx: EntitiesContext) => ctx.nrm.record(args.input),
    recordNrmDecision: (_root, args: { input: RecordNrmDecisionInput }, ctx: EntitiesContext) => ctx.nrm.decide(args.input),
    changeNrmDecision: (_root, args: { input: ChangeNrmDecisionInput }, ctx: EntitiesContext) => ctx.nrm.change(args.input),
  },
  NrmReferral: {
    case: (referral: NrmReferral) => ({ __typename: 'Case', id: referral.caseId, foreign: referral.foreign }),
    history: (referral: NrmReferral, args: { first?: number | null; after?: string | null }, ctx: EntitiesContext) =>
      ctx.history.page('NrmReferral', referral.id, args),
  },
};
