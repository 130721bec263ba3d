import { gql } from 'graphql-tag';

/** Graded intelligence about a case, person or location; its query and mutation fields are in root.typedefs.ts. */
export const intelligenceTypeDefs = gql`
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

  extend type Query {
    "An item you may see; null otherwise."
    intelligenceItem(id: ID!): IntelligenceItem
    "Items about a subject you may see, newest first."
    intelligenceAbout(subjectKind: IntelligenceSubjectKind!, subjectId: ID!, first: Int = 20, after: String): IntelligenceConnection!
  }

  extend type Mutation {
    recordIntelligence(input: RecordIntelligenceInput!): IntelligenceItem!
  }
`;
