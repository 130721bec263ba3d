import { gql } from 'graphql-tag';

/** Cases: reading them by reference and in pages, and opening them. */
export const caseTypeDefs = gql`
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
    crimeTypes: [CrimeType!]!
    priority: Priority!
    "Government Security Classification tier; only users cleared to it see the case."
    classification: Classification!
    "Handling caveats; a user sees the case only when they hold every one."
    caveats: [String!]!
    "Username of the officer in charge; the creator until a supervisor reassigns it."
    officerInCharge: String!
    "When the case was first opened; null while it is only REFERRED."
    openedAt: DateTime
    "When the case was closed; null unless it is CLOSED."
    closedAt: DateTime
  }

  """
  Home Office / data.police.uk street-level crime types, then the types cross-force case work adds.
  """
  enum CrimeType {
    ANTI_SOCIAL_BEHAVIOUR
    BICYCLE_THEFT
    BURGLARY
    CRIMINAL_DAMAGE_AND_ARSON
    DRUGS
    OTHER_THEFT
    POSSESSION_OF_WEAPONS
    PUBLIC_ORDER
    ROBBERY
    SHOPLIFTING
    THEFT_FROM_THE_PERSON
    VEHICLE_CRIME
    VIOLENCE_AND_SEXUAL_OFFENCES
    OTHER_CRIME
    MODERN_SLAVERY
    HUMAN_TRAFFICKING
    COUNTY_LINES
    FRAUD
    MONEY_LAUNDERING
    CHILD_SEXUAL_EXPLOITATION
  }

  "How urgently a case or an action is worked. New records default to MEDIUM."
  enum Priority {
    HIGH
    MEDIUM
    LOW
  }

  "Government Security Classifications, lowest first. OFFICIAL-SENSITIVE is OFFICIAL with a caveat."
  enum Classification {
    OFFICIAL
    SECRET
    TOP_SECRET
  }

  """
  REFERRED → OPEN → ACTIVE → SUSPENDED or CLOSED; SUSPENDED → ACTIVE; CLOSED → OPEN or ACTIVE
  (reopening, with a reason, by a supervisor). Closing is a supervisor's decision too.
  """
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

  input CaseFilter {
    "Force code."
    force: ID
    status: CaseStatus
    "Cases that carry this crime type."
    crimeType: CrimeType
    "Username of the officer in charge."
    officer: String
    "Cases opened at or after this instant."
    openedFrom: DateTime
    "Cases opened at or before this instant."
    openedTo: DateTime
  }

  input CreateCaseInput {
    title: String!
    summary: String
    "Owning force; defaults to the creator's own force."
    force: ID
    "OPEN (the default) or REFERRED."
    status: CaseStatus
    crimeTypes: [CrimeType!]
    "Defaults to MEDIUM."
    priority: Priority
    "Defaults to OFFICIAL; at most your own clearance."
    classification: Classification
    "Defaults to none."
    caveats: [String!]
    """
    Makes a retry safe: send the same key (8-128 letters, digits and . _ : -, e.g. a UUID) with
    every attempt of one create, and a retry returns what the first attempt created instead of
    creating it again; the same key with different input is refused (IDEMPOTENCY_KEY_REUSED).
    Keys are yours alone: another user's key never matches.
    """
    idempotencyKey: String
  }

  type CreateCasePayload {
    "The new case's reference."
    reference: String!
    case: Case!
    "True when this answers a retry: the case was opened by an earlier request with the same idempotency key, and nothing was created now."
    replayed: Boolean!
  }

  extend type Query {
    "A case you may see, by reference; null otherwise."
    case(reference: String!): Case
    "Cases you may see, newest first."
    cases(filter: CaseFilter, first: Int = 20, after: String): CaseConnection!
  }

  extend type Mutation {
    "Opens a case in your force."
    createCase(input: CreateCaseInput!): CreateCasePayload!
  }
`;
