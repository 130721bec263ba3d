import { caseRef, forceRef } from '@crosslink/common';
import type { Resolvers } from '../generated/resolvers-types.js';

/** Discovery without disclosure: subject checks, and the alerts they raise. */
export const discoveryResolvers: Resolvers = {
  Query: {
    deconflictionAlerts: (_root, args, ctx) => ctx.discovery.alerts(args.first, args.after),
  },
  Mutation: {
    checkSubject: (_root, args, ctx) => ctx.discovery.check(args.input),
  },
  SubjectCheck: {
    cases: (check) => check.caseIds.map((id) => caseRef(id)),
  },
  KnownElsewhere: {
    force: (known) => forceRef(known.force),
  },
  DeconflictionAlert: {
    askedByForce: (alert) => forceRef(alert.askedByForce),
    case: (alert) => caseRef(alert.caseId),
  },
};
