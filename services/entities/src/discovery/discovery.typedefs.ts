import { gql } from 'graphql-tag';

export const discoveryTypeDefs = gql`
  type Force @key(fields: "code", resolvable: false) {
    code: ID!
  }

  enum SubjectCheckKind {
    PHONE
    VEHICLE
    EMAIL_ADDRESS
    "platform:handle, e.g. instagram:dealer_m14."
    ONLINE_ACCOUNT
    "A sort code and account number (20-00-00 55779911), or an IBAN."
    BANK_ACCOUNT
    PNC_ID
    CRO_NUMBER
    NI_NUMBER
    PASSPORT
    DRIVING_LICENCE
    "An address as its first line and postcode, after the last comma: 14 Lime Street, M1 1AE."
    ADDRESS
    "A person by forenames, surname and date of birth (full or partial), given as person."
    PERSON
  }

  input SubjectPersonInput {
    forenames: String!
    surname: String!
    "YYYY-MM-DD, YYYY-MM or YYYY."
    dateOfBirth: String!
  }

  input SubjectCheckInput {
    kind: SubjectCheckKind!
    "As written; it is normalised (E.164 phone, VRM without spaces, …). Every kind but PERSON."
    value: String
    "For PERSON: matched on the name (case and spaces aside) and a date of birth that agrees."
    person: SubjectPersonInput
    "Why you ask. The officer in charge of any case you may not see is told, with your name."
    reason: String!
  }

  "Where a subject is known: the cases you may see, and for the rest only whom to contact."
  type SubjectCheck {
    kind: SubjectCheckKind!
    "The value as Crosslink stores it."
    value: String!
    "Cases you may see that hold the subject."
    cases: [Case!]!
    "Forces whose cases hold the subject but which you may not see; their officers in charge have been alerted."
    knownElsewhere: [KnownElsewhere!]!
  }

  "A subject known to another force: contact the officer in charge; nothing of the case is shown."
  type KnownElsewhere {
    "Names this answer when asking the force for access (requestCaseAccess)."
    hitId: ID!
    force: Force!
    "Username of the officer in charge."
    officerInCharge: String!
  }

  "Someone asked about a subject held in a case of yours that they may not see."
  type DeconflictionAlert {
    id: ID!
    at: DateTime!
    askedBy: String!
    askedByName: String!
    askedByForce: Force!
    reason: String!
    subjectKind: SubjectCheckKind!
    subjectValue: String!
    case: Case!
  }

  type DeconflictionAlertConnection {
    edges: [DeconflictionAlertEdge!]!
    pageInfo: AlertPageInfo!
  }

  type DeconflictionAlertEdge {
    cursor: String!
    node: DeconflictionAlert!
  }

  type AlertPageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }

  extend type Query {
    "Alerts on cases you are officer in charge of, and for supervisors on any case of your force; newest first."
    deconflictionAlerts(first: Int = 20, after: String): DeconflictionAlertConnection!
      @deprecated(reason: "Use alerts: every kind of alert, with acknowledgement and live delivery.")
  }

  extend type Mutation {
    "Asks whether a subject is known, alerting the officers in charge of cases you may not see."
    checkSubject(input: SubjectCheckInput!): SubjectCheck!
  }
`;
