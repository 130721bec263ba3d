import { gql } from 'graphql-tag';

export const sharingTypeDefs = gql`
  "A case shared with another force: its officers may see the case and everything linked to it."
  type CaseShare {
    force: Force!
    reason: String!
    sharedBy: String!
    sharedAt: DateTime!
  }

  extend type Case {
    "Forces this case is shared with (besides its own), and why."
    sharedWith: [CaseShare!]!
  }

  input ShareCaseInput {
    caseId: ID!
    "Force code to share with."
    force: ID!
    "Why the force needs to know."
    reason: String!
  }

  input RevokeCaseShareInput {
    caseId: ID!
    force: ID!
    reason: String!
  }

  extend type Mutation {
    "Shares a case of your force with another force (supervisors of the owning force, or of the hub)."
    shareCase(input: ShareCaseInput!): Case!
    "Withdraws a share; the history keeps it."
    revokeCaseShare(input: RevokeCaseShareInput!): Case!
  }
`;
