import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { LocationsContext } from './context.js';
import type { Location } from './location/location.model.js';
import type { RecordAddressInput } from './location/location.service.js';

/** A Person as this subgraph knows it: the id and the addresses loaded with it. */
interface PersonStub {
  readonly id: string;
  readonly addresses: readonly Location[];
}

export const resolvers: GraphQLResolverMap<LocationsContext> = {
  Query: {
    location: (_root, args: { id: string }, ctx: LocationsContext) => ctx.locations.byIdOrNull(args.id),
  },
  Mutation: {
    recordAddress: (_root, args: { input: RecordAddressInput }, ctx: LocationsContext) => ctx.locations.recordAddress(args.input),
  },
  Location: {
    __resolveReference: (ref: { id: string }, ctx: LocationsContext) => ctx.locations.byIdOrNull(ref.id),
    forceArea: (location: Location) => (location.forceArea === null ? null : { __typename: 'Force', code: location.forceArea }),
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
