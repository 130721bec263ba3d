import { gql } from 'graphql-tag';

export const auditTypeDefs = gql`
  "One entry of the append-only audit trail (Data Protection Act 2018 s.62)."
  type AuditEvent {
    "The chain the event belongs to: each service appends to a chain of its own."
    chain: String!
    "Position in its chain, from 1."
    seq: Int!
    id: ID!
    at: DateTime!
    userId: ID!
    username: String!
    "Force of the user who acted."
    force: ID!
    operation: AuditOperation!
    "What was done, e.g. Query.case or Mutation.recordPerson."
    action: String!
    "The records concerned, as Label:id."
    records: [String!]!
    "Who the data was disclosed to."
    recipients: [String!]!
    "The justification given."
    purpose: String
    requestId: String!
    "The service that wrote the event."
    service: String!
    "SHA-256 over the event and the previous event's hash in its chain."
    hash: String!
  }

  enum AuditOperation {
    COLLECTION
    ALTERATION
    CONSULTATION
    DISCLOSURE
    COMBINATION
    ERASURE
  }

  input AuditEventFilter {
    username: String
    "A record id: events that concern it."
    record: ID
    "Force code of the acting user."
    force: ID
    operation: AuditOperation
    from: DateTime
    to: DateTime
    "Events whose purpose contains this text (any case)."
    purpose: String
  }

  type AuditEventConnection {
    edges: [AuditEventEdge!]!
    pageInfo: PageInfo!
  }

  type AuditEventEdge {
    cursor: String!
    node: AuditEvent!
  }

  "The trail's integrity, as found by recomputing every hash of every chain."
  type AuditVerification {
    "True when no chain is broken."
    intact: Boolean!
    "Events whose hashes were recomputed."
    checked: Int!
    chains: Int!
    "Every break found (an edited, missing, rehashed or stray event), chain by chain; at most 100."
    breaks: [AuditChainBreak!]!
    verifiedAt: DateTime!
  }

  type AuditChainBreak {
    chain: String!
    seq: Int!
    "The event at fault, when it still exists."
    id: ID
    reason: String!
  }

  extend type Query {
    "The audit trail, newest first (by instant, then id), across every chain. Auditors only."
    auditEvents(filter: AuditEventFilter, first: Int = 50, after: String): AuditEventConnection!

    "Walks the whole trail now, recomputing every hash (as npm run audit:verify does). Auditors only."
    auditVerification: AuditVerification!
  }
`;
