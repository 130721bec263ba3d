import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  "An instant in ISO-8601, e.g. 2026-03-14T09:30:00Z."
  scalar DateTime

  "A graded piece of intelligence about a case, person or location (3x5x2 grading)."
  type IntelligenceItem @key(fields: "id") {
    id: ID!
    subjectKind: IntelligenceSubjectKind!
    subjectId: ID!
    text: String!
    grading: Grading!
    "The item's own classification: it may be higher than its subject's."
    classification: Classification!
    caveats: [String!]!
    "Force of the officer who recorded it."
    force: ID!
    recordedBy: String!
    recordedAt: DateTime!
  }

  "3x5x2: source evaluation, intelligence assessment, handling code."
  type Grading {
    "1 reliable, 2 untested, 3 not reliable."
    sourceEvaluation: Int!
    "A known directly to the source, B known indirectly but corroborated, C known indirectly, D not known, E suspected to be false."
    assessment: IntelligenceAssessment!
    "P lawful sharing permitted; C lawful sharing permitted with conditions."
    handlingCode: HandlingCode!
    "The conditions of sharing, for handling code C; whoever receives the item must follow them."
    handlingConditions: String
    "The grade as written, e.g. 1B P."
    code: String!
    "The legacy 5x5x5 grade the item arrived with, e.g. B2 4."
    legacy: String
  }

  enum IntelligenceSubjectKind {
    CASE
    PERSON
    LOCATION
  }

  enum IntelligenceAssessment {
    A
    B
    C
    D
    E
  }

  enum HandlingCode {
    P
    C
  }

  enum Classification {
    OFFICIAL
    SECRET
    TOP_SECRET
  }

  input GradingInput {
    sourceEvaluation: Int!
    assessment: IntelligenceAssessment!
    handlingCode: HandlingCode!
    handlingConditions: String
  }

  "A legacy 5x5x5 grade, mapped to 3x5x2 on entry."
  input LegacyGradingInput {
    "A (always reliable) to E (untested)."
    source: String!
    "1 (known to be true) to 5 (suspected false)."
    intelligence: Int!
    "1 to 5."
    handling: Int!
    handlingConditions: String
  }

  input RecordIntelligenceInput {
    subjectKind: IntelligenceSubjectKind!
    subjectId: ID!
    text: String!
    "Give this or legacyGrading."
    grading: GradingInput
    legacyGrading: LegacyGradingInput
    "Defaults to OFFICIAL; at most your own clearance."
    classification: Classification
    "Caveats you hold, e.g. SENSITIVE."
    caveats: [String!]
  }

  type IntelligenceConnection {
    edges: [IntelligenceEdge!]!
    pageInfo: IntelligencePageInfo!
  }

  type IntelligenceEdge {
    cursor: String!
    node: IntelligenceItem!
  }

  type IntelligencePageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

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

  type Query {
    "Full-text search over people (names and aliases), cases (reference, title) and locations (address, postcode) you may see, best first. Tolerant of case and accents; a word also matches as a prefix."
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
