import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  "An instant in ISO-8601, e.g. 2026-03-14T09:30:00Z."
  scalar DateTime

  "A police force, the national hub or a regional organised crime unit."
  type Force @key(fields: "code") {
    "Short stable code, e.g. GMP, MPS, NCA."
    code: ID!
    name: String!
    kind: ForceKind!
  }

  enum ForceKind {
    "One of the 43 territorial forces of England and Wales."
    TERRITORIAL
    "British Transport Police, Police Scotland, Police Service of Northern Ireland."
    SPECIAL
    "The national hub."
    NATIONAL
    "A regional organised crime unit."
    REGIONAL
  }

  "An investigation owned by one force."
  type Case @key(fields: "id") @key(fields: "reference") {
    id: ID!
    "Readable and unique: force code, year, number, e.g. GMP-2026-00042."
    reference: String!
    title: String!
    summary: String
    force: Force!
    status: CaseStatus!
    createdAt: DateTime!
    "Username of the officer who opened the case."
    createdBy: String!
  }

  enum CaseStatus {
    REFERRED
    OPEN
    ACTIVE
    SUSPENDED
    CLOSED
  }

  type CaseConnection {
    edges: [CaseEdge!]!
    pageInfo: PageInfo!
  }

  type CaseEdge {
    cursor: String!
    node: Case!
  }

  type PageInfo @shareable {
    hasNextPage: Boolean!
    endCursor: String
  }

  input CaseFilter {
    "Force code."
    force: ID
    status: CaseStatus
  }

  input CreateCaseInput {
    title: String!
    summary: String
    "Owning force; defaults to the creator's own force."
    force: ID
  }

  type CreateCasePayload {
    "The new case's reference."
    reference: String!
    case: Case!
  }

  type Query {
    "Every force, the hub and the regional units."
    forces: [Force!]!
    force(code: ID!): Force
    "A case you may see, by reference; null otherwise."
    case(reference: String!): Case
    "Cases you may see, newest first."
    cases(filter: CaseFilter, first: Int = 20, after: String): CaseConnection!
  }

  type Mutation {
    "Opens a case in your force."
    createCase(input: CreateCaseInput!): CreateCasePayload!
  }
`;
