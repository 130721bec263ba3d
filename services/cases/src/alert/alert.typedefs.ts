import { gql } from 'graphql-tag';

export const alertTypeDefs = gql`
  enum AlertKind {
    "Someone recorded a value a case of yours holds, or you recorded one another case holds."
    HIT_ON_ENTRY
    "Someone checked a subject a case of yours holds."
    SUBJECT_CHECKED
    "An officer of another force asks for access to a case of your force (supervisors)."
    ACCESS_REQUESTED
    "Your request for access to a case was granted or refused."
    ACCESS_DECIDED
    "An action was allocated to you."
    ACTION_ALLOCATED
    "The lead of an operation passed to or from your force (supervisors)."
    LEAD_TRANSFERRED
  }

  "Where a value of your case is known when you may not see the case: whom to contact, and the hit to ask with."
  type AlertKnownTo {
    force: Force!
    "Username of that case's officer in charge."
    officerInCharge: String!
  }

  "The value a hit or a subject check was about."
  type AlertSubject {
    "As checkSubject names it: PHONE, VEHICLE, EMAIL_ADDRESS, …"
    kind: String!
    value: String!
  }

  """
  Something that happened that you need to know of. An alert names only what you may see when you
  read it: a case you may not see appears as knownTo, never as case.
  """
  type Alert {
    id: ID!
    kind: AlertKind!
    at: DateTime!
    "What happened, in one line."
    summary: String!
    "Username of the officer whose act raised it, where known."
    by: String
    byName: String
    byForce: Force
    "The case it is about, when you may see it."
    case: Case
    "A hit's other case, when you may see it."
    otherCase: Case
    knownTo: AlertKnownTo
    subject: AlertSubject
    accessRequest: AccessRequest
    action: Action
    operation: Operation
    "The reason, purpose or description it carried."
    detail: String
    "When you acknowledged it; null while unread."
    acknowledgedAt: DateTime
  }

  type AlertConnection {
    edges: [AlertEdge!]!
    pageInfo: PageInfo!
  }

  type AlertEdge {
    cursor: String!
    node: Alert!
  }

  extend type Query {
    """
    Your alerts, newest first: hits and subject checks on cases in your charge (supervisors: any of
    your force's), your cases' values known elsewhere, access requests to decide and your requests
    decided, actions allocated to you, and lead transfers. GET /alerts/stream delivers new ones live.
    """
    alerts(unread: Boolean = false, first: Int = 20, after: String): AlertConnection!
  }

  extend type Mutation {
    "Marks one of your alerts as read."
    acknowledgeAlert(id: ID!): Alert!
  }
`;
