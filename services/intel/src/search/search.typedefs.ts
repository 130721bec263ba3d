import { gql } from 'graphql-tag';

/** Full-text search over what the caller may see; its query field is in root.typedefs.ts. */
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

  union SearchResult = Case | Person | Location

  enum SearchKind {
    CASE
    PERSON
    LOCATION
  }

  "One hit of a search: the record, its place among the hits, and how well it matched."
  type SearchHit {
    kind: SearchKind!
    "Place among the hits of this search, 1 for the best."
    rank: Int!
    "How well the record's own text matched, from 0 to 1: 1 when it holds every word searched as a whole word, less for words it only starts. Worked out from this record alone, so nothing else stored, seen or not, changes it."
    score: Float!
    node: SearchResult!
  }
`;
