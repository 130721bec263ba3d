import { gql } from 'graphql-tag';

// The Location fields marked @shareable, and Person.addresses, are also answered by the entities
// service beside a person (its Person.addresses @provides them), read by the same statement and
// rules (common's address/location-read.ts).
export const locationTypeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  """
  An address, by its key: the first line (case, accents and punctuation aside) and the postcode. The
  same address recorded in several cases is one Location; what each case says of it (lines, town,
  coordinates, force area) is that case's claim: see claims. One force's description never changes
  another's, and you are shown only the claims of cases you may see.
  """
  type Location @key(fields: "id") {
    id: ID!
    "As your own force's cases describe it, else as the earliest case you may see that does; claims has each case's."
    line1: String! @shareable
    "As line1."
    line2: String @shareable
    "As line1."
    town: String! @shareable
    "Full UK postcode (unit), e.g. B12 9QA."
    postcode: String! @shareable
    "Postcode area, e.g. B."
    postcodeArea: String! @shareable
    "Postcode district, e.g. B12."
    postcodeDistrict: String! @shareable
    "Postcode sector, e.g. B12 9."
    postcodeSector: String! @shareable
    "WGS84, as line1, when recorded."
    latitude: Float @shareable
    longitude: Float @shareable
    "The force whose area the location falls in: as line1 when a case gives it, else the usual force of the postcode area."
    forceArea: Force
    "What each case you may see says of the address, side by side: your own force's first, then oldest first."
    claims: [AddressClaim!]!
    "The people the cases you may see say live here, each with their role and the case: oldest first."
    people: [Occupant!]!
  }

  "What one case says of an address, as its force recorded it."
  type AddressClaim {
    "Null only when the cases service could not be reached."
    case: Case
    "The force whose case this is."
    force: Force!
    line1: String!
    line2: String
    town: String!
    latitude: Float
    longitude: Float
    forceArea: Force
    "Username of the officer who recorded it."
    recordedBy: String!
    recordedAt: DateTime!
  }

  "A person a case says lives at an address."
  type Occupant {
    person: Person!
    "The person's role in the case."
    role: PersonRole!
    "The case that says so; null only when the cases service could not be reached."
    case: Case
    recordedAt: DateTime!
  }

  enum PersonRole {
    SUSPECT
    VICTIM
    WITNESS
    ASSOCIATE
    OFFENDER
  }

  scalar DateTime

  type Force @key(fields: "code", resolvable: false) {
    code: ID!
  }

  type Case @key(fields: "id", resolvable: false) {
    id: ID!
  }

  type Person @key(fields: "id") {
    id: ID!
    "Addresses the cases you may see give this person; null only when they could not be fetched (the answer's errors say which service failed)."
    addresses: [Location!] @shareable
  }

  """
  A hit on entry: the value you recorded is known to another case. A case you may see is named; one
  you may not see is only "known to" its force, with its officer in charge to contact, who has been
  alerted that you recorded it (discovery without disclosure).
  """
  type Hit @shareable {
    "For a case you may not see: names this hit when asking its force for access (requestCaseAccess). Null for a case you may see, and on a retried request's answer."
    id: ID
    force: Force!
    "Username of the case's officer in charge."
    officerInCharge: String!
    "The case, when you may see it; null when you may not."
    case: Case
  }

  input RecordAddressInput {
    "The case that records the address: a case of your force."
    caseId: ID!
    "A person in the case who lives there."
    personId: ID
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

  type RecordAddressPayload {
    location: Location!
    "Other cases that record this address: yours to see by name, others only by force and officer in charge."
    hits: [Hit!]!
  }

  type Query {
    "A location you may see; null otherwise."
    location(id: ID!): Location
  }

  type Mutation {
    "Records an address in a case, as that case's claim, optionally as a person's in it; answers with its hits on entry."
    recordAddress(input: RecordAddressInput!): RecordAddressPayload!
  }
`;
