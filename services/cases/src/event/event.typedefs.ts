import { PROVIDED_LOCATION_FIELDS } from '@crosslink/common';
import { gql } from 'graphql-tag';

// An event's place is a Location, which the locations subgraph owns and answers all of. What a place
// shows of itself this service reads with the same statement (common's address/location-read.ts,
// which also declares Location as this service sees it) and provides, so a timeline needs no call to
// locations after this one.

export const eventTypeDefs = gql`
  enum EventKind {
    OFFENCE
    INCIDENT
    ARREST
    SIGHTING
    PHONE_CALL
    JOURNEY
  }

  "How much of an event's time is known."
  enum TimePrecision {
    YEAR
    MONTH
    DAY
    EXACT
  }

  "Something that happened in a case."
  type Event {
    id: ID!
    kind: EventKind!
    description: String!
    "When, as far as it is known: 2026, 2026-03, 2026-03-14 or an instant."
    occurredAt: String!
    "The start of the period occurredAt names; events sort by it."
    occurredFrom: DateTime!
    precision: TimePrecision!
    "Where it happened, when a case you may see records the place."
    place: Location @provides(fields: "${PROVIDED_LOCATION_FIELDS}")
    case: Case
    recordedAt: DateTime!
    recordedBy: String!
  }

  type EventConnection {
    edges: [EventEdge!]!
    pageInfo: PageInfo!
  }

  type EventEdge {
    cursor: String!
    node: Event!
  }

  extend type Case {
    "The case's events in the order they happened (by the start of their period, then id)."
    timeline(first: Int = 20, after: String): EventConnection!
  }

  input RecordEventInput {
    caseId: ID!
    kind: EventKind!
    description: String!
    "2026, 2026-03, 2026-03-14 or an instant such as 2026-03-14T09:30:00Z; not in the future."
    occurredAt: String!
    "A Location you may see."
    locationId: ID
    """
    Makes a retry safe: send the same key (8-128 letters, digits and . _ : -, e.g. a UUID) with
    every attempt of one create, and a retry returns what the first attempt created instead of
    creating it again; the same key with different input is refused (IDEMPOTENCY_KEY_REUSED).
    Keys are yours alone: another user's key never matches.
    """
    idempotencyKey: String
  }

  extend type Mutation {
    "Records an event on a case of your force."
    recordEvent(input: RecordEventInput!): Event!
  }
`;
