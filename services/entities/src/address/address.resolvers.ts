import { shownAddressFields } from '@crosslink/common';
import type { Resolvers } from '../generated/resolvers-types.js';

export const addressResolvers: Resolvers = {
  Person: {
    addresses: (person, _args, ctx) => ctx.addresses.addressesOf(person.id),
  },
  Location: {
    ...shownAddressFields,
  },
};
