import { gql } from 'graphql-tag';

export const caseLifecycleTypeDefs = gql`
  extend type Case {
    "Every recorded change to the case, newest first."
    history(first: Int = 20, after: String): CaseChangeConnection!
  }

  enum CaseField {
    status
    title
    summary
    crimeTypes
    priority
    classification
    caveats
    officerInCharge
  }

  "Who changed which field of a case, when, from what to what, and why."
  type CaseChange {
    id: ID!
    at: DateTime!
    "Username of who made the change."
    by: String!
    field: CaseField!
    "The value before, as text (lists comma-separated); null when it was empty."
    from: String
    to: String
    reason: String
  }

  type CaseChangeConnection {
    edges: [CaseChangeEdge!]!
    pageInfo: PageInfo!
  }

  type CaseChangeEdge {
    cursor: String!
    node: CaseChange!
  }

  input ChangeCaseStatusInput {
    caseId: ID!
    status: CaseStatus!
    "Required to reopen a closed case; recorded in the history."
    reason: String
  }

  "Fields left out are unchanged; summary: null clears the summary."
  input UpdateCaseInput {
    caseId: ID!
    title: String
    summary: String
    crimeTypes: [CrimeType!]
    priority: Priority
    classification: Classification
    caveats: [String!]
    reason: String
  }

  input AssignOfficerInput {
    caseId: ID!
    "Username of the new officer in charge."
    officer: String!
    reason: String
  }

  extend type Mutation {
    "Moves a case along its lifecycle (see CaseStatus); refused steps fail with INVALID_TRANSITION."
    changeCaseStatus(input: ChangeCaseStatusInput!): Case!
    "Changes a case's details; each changed field is recorded in its history."
    updateCase(input: UpdateCaseInput!): Case!
    "Makes another officer the case's officer in charge (supervisors of the owning force or the hub)."
    assignOfficerInCharge(input: AssignOfficerInput!): Case!
  }
`;
