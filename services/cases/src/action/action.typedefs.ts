import { gql } from 'graphql-tag';

export const actionTypeDefs = gql`
  """
  FOR_ALLOCATION → ALLOCATED (a supervisor allocates, and may reallocate) → COMPLETED (the allocated
  officer, with a result) → RESULTED (a supervisor accepts the result) → FILED (a supervisor). A
  supervisor may return a COMPLETED or RESULTED action to its officer (ALLOCATED again), with a reason.
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
    "Remarks on the action, and the reasons it was returned, oldest first."
    comments: [ActionComment!]!
    """
    What the raiser should know about the action as raised: DUE_DATE_PASSED when its due date was
    already past on the day it was raised (it is overdue from the start). Empty otherwise.
    """
    warnings: [ActionWarning!]!
  }

  enum ActionCommentKind {
    "A remark by a supervisor or the allocated officer."
    COMMENT
    "A supervisor's reason for returning the action to its officer."
    RETURN
  }

  type ActionComment {
    id: ID!
    text: String!
    kind: ActionCommentKind!
    by: String!
    at: DateTime!
  }

  type ActionWarning {
    "A stable code: DUE_DATE_PASSED."
    code: String!
    "The input field it concerns."
    field: String!
    message: String!
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
    "Actions raised on the operation and on its cases you may see, oldest first."
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
    """
    Makes a retry safe: send the same key (8-128 letters, digits and . _ : -, e.g. a UUID) with
    every attempt of one create, and a retry returns what the first attempt created instead of
    creating it again; the same key with different input is refused (IDEMPOTENCY_KEY_REUSED).
    Keys are yours alone: another user's key never matches.
    """
    idempotencyKey: String
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

  input ReturnActionInput {
    actionId: ID!
    "Why the result does not yet do: kept among the action's comments."
    comment: String!
  }

  input CommentOnActionInput {
    actionId: ID!
    text: String!
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
    "Sends a COMPLETED or RESULTED action back to its officer with a reason (supervisors of the owning force or the hub)."
    returnAction(input: ReturnActionInput!): Action!
    "Comments on an action at any step (supervisors of the owning force or the hub, and the officer it is allocated to)."
    commentOnAction(input: CommentOnActionInput!): Action!
  }
`;
