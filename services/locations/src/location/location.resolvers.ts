import { caseRef, DateTime, forceRef, shownAddressFields } from '@crosslink/common';
import type { Resolvers } from '../generated/resolvers-types.js';
import { forceAreaOf } from './force-area.js';

const forceOrNull = (code: string | null) => (code === null ? null : forceRef(code));

export const locationResolvers: Resolvers = {
  DateTime,
  Query: {
    location: (_root, args, ctx) => ctx.locations.byIdOrNull(args.id),
  },
  Mutation: {
    recordAddress: (_root, args, ctx) => ctx.locations.recordAddress(args.input),
  },
  Location: {
    __resolveReference: (ref, ctx) => ctx.locations.byIdOrNull(ref.id),
    ...shownAddressFields,
    forceArea: (location) => forceOrNull(location.shown?.forceArea ?? forceAreaOf(location.postcodeArea)),
    people: (location, _args, ctx) => ctx.locations.occupants(location.id),
  },
  AddressClaim: {
    case: (claim) => caseRef(claim.caseId, claim.force),
    force: (claim) => forceRef(claim.force),
    forceArea: (claim) => forceOrNull(claim.forceArea),
  },
  Occupant: {
    person: (occupant) => ({ __typename: 'Person' as const, id: occupant.personId }),
    case: (occupant) => caseRef(occupant.caseId, occupant.force),
  },
  Hit: {
    id: (hit) => hit.alertId,
    force: (hit) => forceRef(hit.force),
    // Only a case the recorder may see is named.
    case: (hit) => (hit.caseId === null ? null : caseRef(hit.caseId, hit.force)),
  },
  Person: {
    // One query per batch of representations; a person who is unknown or hidden resolves to null.
    __resolveReference: async (ref, ctx) => {
      const addresses = await ctx.locations.addressesOf(ref.id);
      return addresses === null ? null : { id: ref.id, addresses };
    },
    // Resolved with the reference above; a bare reference has none to show.
    addresses: (parent) => ('addresses' in parent ? parent.addresses : null),
  },
};
