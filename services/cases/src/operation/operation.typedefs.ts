import { gql } from 'graphql-tag';

export const operationTypeDefs = gql`
  """
  Cases of several forces joined under one lead force (or the hub). Visible to users of the
  participating forces and to hub analysts and supervisors; it is its lead force's data, so reading
  one another force leads needs a purpose.
  """
  type Operation @key(fields: "id") {
    id: ID!
    name: String!
    "Why the cases were joined."
    reason: String!
    leadForce: Force!
    "Every force taking part: the lead and the forces of the joined cases, and any added. At most one per force."
    participants: [Force!]!
    "The joined cases you may see, by reference."
    cases(first: Int = 20, after: String): CaseConnection!
    "Every decision on who leads, oldest first: the first when the operation was set up, then each transfer."
    leadHistory(first: Int = 20, after: String): LeadChangeConnection!
    createdAt: DateTime!
    createdBy: String!
  }

  "An operation a case is joined to, and who joined the case to it, when and why."
  type CaseOperation {
    operation: Operation!
    "Why the case was joined."
    reason: String!
    "Username of the supervisor who joined the case."
    joinedBy: String!
    joinedAt: DateTime!
  }

  extend type Case {
    """
    The operations the case is part of now that you may see, earliest joined first (at most 50); one
    another force leads is that force's data, so it is left out without a purpose.
    """
    operations: [CaseOperation!]!
  }

  type LeadChange {
    id: ID!
    "Force code of the previous lead; null for the first decision."
    from: ID
    "Force code of the new lead."
    to: ID!
    reason: String!
    by: String!
    at: DateTime!
  }

  type OperationConnection {
    edges: [OperationEdge!]!
    pageInfo: PageInfo!
  }

  type OperationEdge {
    cursor: String!
    node: Operation!
  }

  type LeadChangeConnection {
    edges: [LeadChangeEdge!]!
    pageInfo: PageInfo!
  }

  type LeadChangeEdge {
    cursor: String!
    node: LeadChange!
  }

  input CreateOperationInput {
    name: String!
    "Cases you may see; their forces become participants."
    caseIds: [ID!]!
    "Defaults to your force; only hub supervisors give the lead to another force."
    leadForce: ID
    reason: String!
    """
    Makes a retry safe: send the same key (8-128 letters, digits and . _ : -, e.g. a UUID) with
    every attempt of one create, and a retry returns what the first attempt created instead of
    creating it again; the same key with different input is refused (IDEMPOTENCY_KEY_REUSED).
    Keys are yours alone: another user's key never matches.
    """
    idempotencyKey: String
  }

  input AddCaseToOperationInput {
    operationId: ID!
    "A case your force owns (any case you may see, for hub supervisors)."
    caseId: ID!
    reason: String!
  }

  input AddOperationParticipantInput {
    operationId: ID!
    force: ID!
    "Why that force is to see the operation's cases; kept on its participation."
    reason: String!
  }

  input RemoveCaseFromOperationInput {
    operationId: ID!
    caseId: ID!
    reason: String!
  }

  input TransferOperationLeadInput {
    operationId: ID!
    leadForce: ID!
    reason: String!
  }

  extend type Query {
    "An operation you may see; null otherwise."
    operation(id: ID!): Operation
    "Operations you may see, newest first."
    operations(first: Int = 20, after: String): OperationConnection!
  }

  extend type Mutation {
    """
    Joins cases into an operation (supervisors): a force supervisor joins only their own force's
    cases; a hub supervisor any case they may see.
    """
    createOperation(input: CreateOperationInput!): Operation!
    """
    Joins another case; its force becomes a participant (supervisors of the lead force or the hub,
    and only a case of their own force unless they are the hub's).
    """
    addCaseToOperation(input: AddCaseToOperationInput!): Operation!
    """
    Makes another force a participant, which lets it see every case of the operation: a disclosure,
    so it always needs a purpose. A lead force's supervisor may add one only while every case of the
    operation is their force's (or the new participant's); the hub's supervisors coordinate for
    every force.
    """
    addOperationParticipant(input: AddOperationParticipantInput!): Operation!
    """
    Takes a case out of an operation, keeping who, when and why (supervisors of the case's force, of
    the lead force, or of the hub). Its force stays a participant.
    """
    removeCaseFromOperation(input: RemoveCaseFromOperationInput!): Operation!
    "Hands the lead to another force, recording the reason (supervisors of the lead force or the hub)."
    transferOperationLead(input: TransferOperationLeadInput!): Operation!
  }
`;
