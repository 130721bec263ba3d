import { gql } from 'graphql-tag';

/** People of POLE and their part in cases: a person's details and names, and the people of a case. */
export const personTypeDefs = gql`
  "A person recorded in one or more cases."
  type Person @key(fields: "id") {
    id: ID!
    forenames: String!
    surname: String!
    "YYYY, YYYY-MM or YYYY-MM-DD, as precisely as known."
    dateOfBirth: String
    dateOfBirthPrecision: DatePrecision
    gender: Gender
    "ISO 3166-1 alpha-3, e.g. GBR."
    nationality: String
    identifiers: PersonIdentifiers!
    "Other names this person is known by, oldest first. Names are added, never overwritten."
    aliases: [Alias!]!
    vulnerabilities: [Vulnerability!]!
    "Whether they were a child at a date (YYYY-MM-DD; today when omitted)."
    child(at: String): ChildStatus!
    "Shown wherever the person appears, in every case and force."
    safeguarding: Safeguarding!
    "NRM referrals made in cases you may see."
    nrmReferrals: [NrmReferral!]!
    "Links to other people, asserted in cases you may see."
    links(first: Int = 20, after: String): PersonLinkConnection!
    phones: [Phone!]!
    vehicles: [Vehicle!]!
    emailAddresses: [EmailAddress!]!
    onlineAccounts: [OnlineAccount!]!
    bankAccounts: [BankAccount!]!
    items: [Item!]!
    createdAt: DateTime!
    createdBy: String!
    "The cases you may see that this person takes part in, and their role in each."
    cases: [PersonCaseRole!]!
    "Every change to this person's details and names, oldest first, with what each replaced."
    history(first: Int = 20, after: String): RecordChangeConnection!
  }

  enum DatePrecision {
    YEAR
    MONTH
    DAY
  }

  enum Gender {
    MALE
    FEMALE
    NON_BINARY
    NOT_KNOWN
  }

  "Strong identifiers, normalised: PNC ID YYYY/NNNNNNNA, CRO NNNNNN/YYA, NI number AB123456C."
  type PersonIdentifiers {
    pncId: String
    croNumber: String
    niNumber: String
    passportNumber: String
    drivingLicence: String
  }

  type Alias {
    forenames: String!
    surname: String!
    recordedBy: String!
    at: DateTime!
  }

  enum PersonRole {
    SUSPECT
    VICTIM
    WITNESS
    ASSOCIATE
    OFFENDER
  }

  "A person's role in a case."
  type CaseParticipant {
    role: PersonRole!
    since: DateTime!
    "Whether the person was a child when they were put in the case."
    childWhenRecorded: ChildStatus!
    person: Person!
  }

  "A person just recorded in a case, as a case's participant is, and where else they are known."
  type RecordPersonPayload {
    role: PersonRole!
    since: DateTime!
    "Whether the person was a child when they were put in the case."
    childWhenRecorded: ChildStatus!
    person: Person!
    """
    Other cases holding someone with one of their identifiers, or their name and a date of birth that
    agrees (exact after normalising case and spaces; a partial date agrees with a full one within it):
    yours to see by name, others only by force and officer in charge, who is alerted.
    """
    hits: [Hit!]!
  }

  type PersonCaseRole {
    role: PersonRole!
    since: DateTime!
    "Null only when the cases service could not be reached."
    case: Case
  }

  type Case @key(fields: "id") {
    id: ID!
    "The people in this case and their roles, by surname; null only when the entities service could not be reached."
    people: [CaseParticipant!]
    "The objects recorded in this case, first recorded first; optionally of one kind. Null only when the entities service could not be reached."
    objects(kind: ObjectKind, first: Int = 20, after: String): CaseObjectConnection
  }

  input PersonIdentifiersInput {
    "YYYY/NNNNNNNA or YY/NNNNNNNA, with its check character."
    pncId: String
    "NNNNNN/YYA or SF YY/NNNNNNA."
    croNumber: String
    "Two letters, six digits, A-D, e.g. AB 12 34 56 C."
    niNumber: String
    passportNumber: String
    drivingLicence: String
  }

  input AliasInput {
    forenames: String!
    surname: String!
  }

  input RecordPersonInput {
    caseId: ID!
    role: PersonRole!
    forenames: String!
    surname: String!
    "YYYY, YYYY-MM or YYYY-MM-DD."
    dateOfBirth: String
    gender: Gender
    nationality: String
    identifiers: PersonIdentifiersInput
    vulnerabilities: [Vulnerability!]
    aliases: [AliasInput!]
    "Makes a retry safe: a request repeated with the same key returns what the first made, instead of making it again. The same key with another request is refused (IDEMPOTENCY_KEY_REUSED). Up to 200 characters, e.g. a UUID; keys are the sender's own."
    idempotencyKey: String
  }

  "Fields given are set (null clears); fields left out are unchanged. A new name is an alias. What each replaced is kept in the person's history."
  input UpdatePersonInput {
    personId: ID!
    dateOfBirth: String
    gender: Gender
    nationality: String
    identifiers: PersonIdentifiersInput
    vulnerabilities: [Vulnerability!]
    "Why, kept with the change in the history (at most 500 characters)."
    reason: String
  }

  input RecordAliasInput {
    personId: ID!
    forenames: String!
    surname: String!
    "Makes a retry safe: a request repeated with the same key returns what the first made, instead of making it again. The same key with another request is refused (IDEMPOTENCY_KEY_REUSED). Up to 200 characters, e.g. a UUID; keys are the sender's own."
    idempotencyKey: String
  }

  input LinkPersonInput {
    personId: ID!
    caseId: ID!
    role: PersonRole!
  }

  extend type Query {
    "A person you may see; null otherwise."
    person(id: ID!): Person
  }

  extend type Mutation {
    "Records a new person in a case of your force (a hub supervisor: of any force)."
    recordPerson(input: RecordPersonInput!): RecordPersonPayload!
    "Puts a person already recorded into another case of your force (a hub supervisor: of any force)."
    linkPersonToCase(input: LinkPersonInput!): CaseParticipant!
    "Changes a person's details; only a force that has them in one of its own cases, or a hub supervisor, may."
    updatePerson(input: UpdatePersonInput!): Person!
    "Adds a name to a person; only a force that has them in one of its own cases, or a hub supervisor, may."
    recordAlias(input: RecordAliasInput!): Person!
  }
`;
