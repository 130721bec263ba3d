import { gql } from 'graphql-tag';

/** Search over what the caller may see. */
export const searchTypeDefs = gql`
  type Case @key(fields: "id", resolvable: false) {
    id: ID!
  }

  type Person @key(fields: "id", resolvable: false) {
    id: ID!
  }

  type Location @key(fields: "id", resolvable: false) {
    id: ID!
  }

  type Phone @key(fields: "id", resolvable: false) {
    id: ID!
  }

  type Vehicle @key(fields: "id", resolvable: false) {
    id: ID!
  }

  union SearchResult = Case | Person | Location | Phone | Vehicle

  enum SearchKind {
    CASE
    PERSON
    LOCATION
    "Found by its whole number, however written (07700 900461, +44 7700 900461, 7700 900461)."
    PHONE
    "Found by its whole registration mark, case and spaces aside (ab12 cde)."
    VEHICLE
  }

  "One hit of a search: the record, its place among the hits, and how well it matched."
  type SearchHit {
    kind: SearchKind!
    "Place among the hits of this search, 1 for the best."
    rank: Int!
    "How well the record's own text matched, from 0 to 1: 1 when it holds every word searched as a whole word, less for words it only starts; 1 for a phone or vehicle, found only by its whole value. Worked out from this record alone, so nothing else stored, seen or not, changes it."
    score: Float!
    node: SearchResult!
  }

  extend type Query {
    "Search over people (names and aliases), cases (reference, title) and locations (address, postcode) you may see, best first, tolerant of case and accents, a word also matching as a prefix; and over phones and vehicles recorded in cases you may see, by their whole number or registration mark however written (a phone or vehicle the text names comes first)."
    search(text: String!, first: Int = 20): [SearchHit!]!
  }
`;
