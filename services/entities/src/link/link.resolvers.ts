import { caseRef } from '@crosslink/common';
import type { Resolvers } from '../generated/resolvers-types.js';

export const linkResolvers: Resolvers = {
  Mutation: {
    linkPeople: (_root, args, ctx) => ctx.links.link(args.input),
  },
  PersonLink: {
    familyRelation: (link) => link.relation,
    direction: (link) => (link.outgoing ? 'OUTGOING' : 'INCOMING'),
    person: (link, _args, ctx) => ctx.people.named(link.personId, 'The linked person went out of sight'),
    case: (link) => caseRef(link.caseId, link.caseForce),
    recordedAt: (link) => link.at,
  },
};
