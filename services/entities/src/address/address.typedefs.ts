import { PROVIDED_LOCATION_FIELDS } from '@crosslink/common';
import { gql } from 'graphql-tag';

/**
 * A person's addresses, answered beside the person. The locations service owns Location and answers
 * every field of it; this service provides the fields that come from the shown claim, read by the
 * same statement (common's address/location-read.ts, which also declares Location as this service
 * sees it), so a query for a case's people and their addresses needs no call to locations after
 * this one. Anything else asked of an address (its claims, force area, occupants) the gateway
 * fetches from locations as before.
 */
export const addressTypeDefs = gql`
  extend type Person {
    "Addresses the cases you may see give this person; null only when they could not be fetched (the answer's errors say which service failed)."
    addresses: [Location!] @shareable @provides(fields: "${PROVIDED_LOCATION_FIELDS}")
  }
`;
