import { gql } from 'graphql-tag';

export const accessTypeDefs = gql`
  enum AccessRequestStatus {
    PENDING
    GRANTED
    REFUSED
  }

  """
  A request to see a case known to you only as "known to force X" (a hit on entry or a subject
  check), and its force's decision. Granting shares the case with the requester's force.
  """
  type AccessRequest {
    id: ID!
    status: AccessRequestStatus!
    "Username of the officer who asked."
    requestedBy: String!
    requestedByName: String!
    requestedByForce: Force!
    "Why they need the case."
    purpose: String!
    requestedAt: DateTime!
    "The force asked: the case's owning force."
    force: Force!
    "The case, when you may see it: its force's supervisors always, the requester once granted."
    case: Case
    decidedBy: String
    decidedAt: DateTime
    "Why it was granted or refused."
    decisionReason: String
  }

  type AccessRequestConnection {
    edges: [AccessRequestEdge!]!
    pageInfo: PageInfo!
  }

  type AccessRequestEdge {
    cursor: String!
    node: AccessRequest!
  }

  input RequestCaseAccessInput {
    "A hit's id (Hit.id, or KnownElsewhere.hitId) given to you."
    hitId: ID!
    "Why you need the case, for its force's supervisors to decide (10 to 1000 characters)."
    purpose: String!
  }

  input DecideCaseAccessInput {
    requestId: ID!
    "True shares the case with the requester's force; false refuses."
    grant: Boolean!
    "Why: the requester is told."
    reason: String!
  }

  extend type Query {
    """
    Access requests, newest first: with mine, your own and their decisions; otherwise, for
    supervisors, those on your force's cases (the hub's: any force's) that you may see.
    """
    accessRequests(mine: Boolean = false, status: AccessRequestStatus, first: Int = 20, after: String): AccessRequestConnection!
  }

  extend type Mutation {
    "Asks the owning force for a case you learnt of as a hit, saying why; its supervisors decide."
    requestCaseAccess(input: RequestCaseAccessInput!): AccessRequest!
    "Grants (sharing the case with the requester's force) or refuses an access request (supervisors of the case's force, or of the hub)."
    decideCaseAccess(input: DecideCaseAccessInput!): AccessRequest!
  }
`;
