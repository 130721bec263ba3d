import { gql } from 'graphql-tag';

export const actionTypeDefs = gql`
  """
  FOR_ALLOCATION → ALLOCATED (a supervisor allocates, and may reallocate) → COMPLETED (the allocated
  officer, with a result) → RESULTED (a supervisor accepts the result) → FILED (a supervisor).
  """
  enum ActionStatus {
    FOR_ALLOCATION
    ALLOCATED
    COMPLETED
    RESULTED
    FILED
  }

  "A task raised from a line of enquiry on a case or an operation."
  type Action {
    id: ID!
    description: String!
    priority: Priority!
    "YYYY-MM-DD, when there is a deadline."
    dueDate: String
    "True when the action is not yet completed and its due date has passed."
    overdue: Boolean!
    status: ActionStatus!
    "The case it was raised on, when it was raised on a case you may see."
    case: Case
    "The operation it was raised on, when it was raised on an operation."
    operation: Operation
    "The force that owns the action: its case's force, or its operation's lead force."
    owningForce: Force!
    "The officer the action is allocated to, in the force they were allocated from."
    allocatedTo: Officer
    result: String
    raisedAt: DateTime!
    raisedBy: String!
    allocatedAt: DateTime
    completedAt: DateTime
    resultedAt: DateTime
    resultedBy: String
    filedAt: DateTime
    filedBy: String
  }

  type ActionConnection {
    edges: [ActionEdge!]!
    pageInfo: PageInfo!
  }

  type ActionEdge {
    cursor: String!
    node: Action!
  }

  extend type Case {
    "Actions raised on the case, oldest first."
    actions(first: Int = 20, after: String): ActionConnection!
  }

  extend type Operation {
    "Actions raised on the operation, oldest first."
    actions(first: Int = 20, after: String): ActionConnection!
  }

  "Give exactly one of caseId and operationId."
  input RaiseActionInput {
    caseId: ID
    operationId: ID
    description: String!
    "Defaults to MEDIUM."
    priority: Priority
    "YYYY-MM-DD."
    dueDate: String
  }

  input AllocateActionInput {
    actionId: ID!
    "The officer, of a force taking part in the case or operation."
    officer: OfficerInput!
  }

  input CompleteActionInput {
    actionId: ID!
    result: String!
  }

  input ActionStepInput {
    actionId: ID!
  }

  extend type Query {
    "Actions you may see that await allocation, oldest first."
    unallocatedActions(first: Int = 20, after: String): ActionConnection!
    "Actions allocated to an officer, oldest first: your own, or anyone's for a supervisor."
    actionsFor(officer: String!, status: ActionStatus, first: Int = 20, after: String): ActionConnection!
  }

  extend type Mutation {
    raiseAction(input: RaiseActionInput!): Action!
    allocateAction(input: AllocateActionInput!): Action!
    completeAction(input: CompleteActionInput!): Action!
    resultAction(input: ActionStepInput!): Action!
    fileAction(input: ActionStepInput!): Action!
  }
`;
