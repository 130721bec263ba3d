import type { Resolvers } from '../generated/resolvers-types.js';

const force = (code: string) => ({ __typename: 'Force' as const, code });
const caseRef = (id: string) => ({ __typename: 'Case' as const, id });

/** Discovery without disclosure: subject checks, and the alerts they raise. */
export const discoveryResolvers: Resolvers = {
  Query: {
    deconflictionAlerts: (_root, args, ctx) => ctx.discovery.alerts(args.first, args.after),
  },
  Mutation: {
    checkSubject: (_root, args, ctx) => ctx.discovery.check(args.input),
  },
  SubjectCheck: {
    cases: (check) => check.caseIds.map(caseRef),
  },
  KnownElsewhere: {
    force: (known) => force(known.force),
  },
  DeconflictionAlert: {
    askedByForce: (alert) => force(alert.askedByForce),
    case: (alert) => caseRef(alert.caseId),
  },
};
