import { DateTime, type Hit, type ResolverMap } from '@crosslink/common';
import type { LocationsContext } from './context.js';
import { forceAreaOf } from './location/force-area.js';
import type { AddressClaim, Location, Occupant } from './location/location.model.js';
import type { RecordAddressInput } from './location/location.service.js';

/** A Person as this subgraph knows it: the id and the addresses loaded with it. */
interface PersonStub {
  readonly id: string;
  readonly addresses: readonly Location[];
}

const force = (code: string | null) => (code === null ? null : { __typename: 'Force', code });
// The force rides along on a case reference (never sent) so that the audit judges it like the case.
const caseRef = (caseId: string, code: string) => ({ __typename: 'Case', id: caseId, force: code });

export const resolvers: ResolverMap<LocationsContext> = {
  DateTime,
  Query: {
    location: (_root, args: { id: string }, ctx: LocationsContext) => ctx.locations.byIdOrNull(args.id),
  },
  Mutation: {
    recordAddress: (_root, args: { input: RecordAddressInput }, ctx: LocationsContext) => ctx.locations.recordAddress(args.input),
  },
  Location: {
    __resolveReference: (ref: { id: string }, ctx: LocationsContext) => ctx.locations.byIdOrNull(ref.id),
    line1: (location: Location) => location.shown?.line1 ?? '',
    line2: (location: Location) => location.shown?.line2 ?? null,
    town: (location: Location) => location.shown?.town ?? '',
    latitude: (location: Location) => location.shown?.latitude ?? null,
    longitude: (location: Location) => location.shown?.longitude ?? null,
    forceArea: (location: Location) => force(location.shown?.forceArea ?? forceAreaOf(location.postcodeArea)),
    people: (location: Location, _args: unknown, ctx: LocationsContext) => ctx.locations.occupants(location.id),
  },
  AddressClaim: {
    case: (claim: AddressClaim) => caseRef(claim.caseId, claim.force),
    force: (claim: AddressClaim) => force(claim.force),
    forceArea: (claim: AddressClaim) => force(claim.forceArea),
  },
  Occupant: {
    person: (occupant: Occupant) => ({ __typename: 'Person', id: occupant.personId }),
    case: (occupant: Occupant) => caseRef(occupant.caseId, occupant.force),
  },
  Hit: {
    id: (hit: Hit) => hit.alertId,
    force: (hit: Hit) => force(hit.force),
    // Only a case the recorder may see is named.
    case: (hit: Hit) => (hit.caseId === null ? null : caseRef(hit.caseId, hit.force)),
  },
  Person: {
    // One query per batch of representations; a person who is unknown or hidden resolves to null.
    __resolveReference: async (ref: { id: string }, ctx: LocationsContext): Promise<PersonStub | null> => {
      const addresses = await ctx.locations.addressesOf(ref.id);
      return addresses === null ? null : { id: ref.id, addresses };
    },
    addresses: (parent: PersonStub) => parent.addresses,
  },
};
