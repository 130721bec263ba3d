import { gql } from 'graphql-tag';

/** What the whole schema shares: its link to federation and the DateTime scalar every feature uses. Listed first. */
export const schemaTypeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  "An instant in ISO-8601, e.g. 2026-03-14T09:30:00Z."
  scalar DateTime
`;

/**
 * The root types, holding the fields of search and intelligence (search.resolvers.ts and
 * intelligence.resolvers.ts resolve them); network and matching extend them. Listed after the types
 * those fields return.
 */
export const rootTypeDefs = gql`
  type Query {
    "Search over people (names and aliases), cases (reference, title) and locations (address, postcode) you may see, best first, tolerant of case and accents, a word also matching as a prefix; and over phones and vehicles recorded in cases you may see, by their whole number or registration mark however written (a phone or vehicle the text names comes first)."
    search(text: String!, first: Int = 20): [SearchHit!]!
    "An item you may see; null otherwise."
    intelligenceItem(id: ID!): IntelligenceItem
    "Items about a subject you may see, newest first."
    intelligenceAbout(subjectKind: IntelligenceSubjectKind!, subjectId: ID!, first: Int = 20, after: String): IntelligenceConnection!
  }

  type Mutation {
    recordIntelligence(input: RecordIntelligenceInput!): IntelligenceItem!
  }
`;
