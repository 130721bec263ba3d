import type { ResolverMap } from '@crosslink/common';
import type { EntitiesContext } from '../context.js';
import type { Alert } from './discovery.repository.js';
import type { KnownElsewhere, SubjectCheck, SubjectCheckInput } from './discovery.service.js';

export const discoveryResolvers: ResolverMap<EntitiesContext> = {
  Query: {
    deconflictionAlerts: (_root, args: { first?: number | null; after?: string | null }, ctx: EntitiesContext) => ctx.discovery.alerts(args.first, args.after),
  },
  Mutation: {
    checkSubject: (_root, args: { input: SubjectCheckInput }, ctx: EntitiesContext) => ctx.discovery.check(args.input),
  },
  SubjectCheck: {
    cases: (check: SubjectCheck) => check.caseIds.map((id) => ({ __typename: 'Case', id })),
  },
  KnownElsewhere: {
    force: (known: KnownElsewhere) => ({ __typename: 'Force', code: known.force }),
  },
  DeconflictionAlert: {
    askedByForce: (alert: Alert) => ({ __typename: 'Force', code: alert.askedByForce }),
    case: (alert: Alert) => ({ __typename: 'Case', id: alert.caseId }),
  },
};
