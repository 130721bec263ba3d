import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  "An address. The same address recorded in several cases is one Location."
  type Location @key(fields: "id") {
    id: ID!
    line1: String!
    line2: String
    town: String!
    "Full UK postcode (unit), e.g. B12 9QA."
    postcode: String!
    "Postcode area, e.g. B."
    postcodeArea: String!
    "Postcode district, e.g. B12."
    postcodeDistrict: String!
    "Postcode sector, e.g. B12 9."
    postcodeSector: String!
    "WGS84, when recorded."
    latitude: Float
    longitude: Float
    "The force whose area the location falls in: given when recorded, or the usual force of the postcode area."
    forceArea: Force
  }

  type Force @key(fields: "code", resolvable: false) {
    code: ID!
  }

  type Person @key(fields: "id") {
    id: ID!
    "Addresses recorded for this person; null only when the locations service could not be reached."
    addresses: [Location!]
  }

  input RecordAddressInput {
    personId: ID!
    line1: String!
    line2: String
    town: String!
    "Any case and spacing, e.g. b129qa."
    postcode: String!
    latitude: Float
    longitude: Float
    "Force code, where the location's force differs from the postcode area's usual one."
    forceArea: ID
  }

  type Query {
    "A location you may see; null otherwise."
    location(id: ID!): Location
  }

  type Mutation {
    "Records an address for a person."
    recordAddress(input: RecordAddressInput!): Location!
  }
`;
