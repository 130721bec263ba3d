import { gql } from 'graphql-tag';

/** Objects of POLE. Every shared kind is one node per normalised value, whichever force records it. */
export const objectTypeDefs = gql`
  "A phone line, by its number in E.164. The same number in any case is this one Phone."
  type Phone @key(fields: "id") {
    id: ID!
    "E.164, e.g. +447700900123."
    number: String!
    "IMEIs of handsets seen using this number, in cases you may see."
    handsets: [String!]!
    "The people the cases you may see tie to it, each with their role and the case: oldest first."
    people: [ObjectHolder!]!
    "The cases you may see that record this phone, first recorded first."
    cases(first: Int = 20, after: String): ObjectCaseConnection!
  }

  """
  A vehicle, by its registration mark. What each force says of it (make, model, colour) is that
  case's claim: see claims. One force's description never changes another's.
  """
  type Vehicle @key(fields: "id") {
    id: ID!
    "Registration mark, upper case without spaces, e.g. AB12CDE."
    vrm: String!
    "As your own force's cases describe it, else as the earliest case you may see that does; claims has each case's."
    make: String
    "As your own force's cases describe it, else as the earliest case you may see that does; claims has each case's."
    model: String
    "As your own force's cases describe it, else as the earliest case you may see that does; claims has each case's."
    colour: String
    "What each case you may see says of the vehicle, side by side: your own force's first, then oldest first."
    claims: [VehicleClaim!]!
    "The people the cases you may see tie to it, each with their role and the case: oldest first."
    people: [ObjectHolder!]!
    cases(first: Int = 20, after: String): ObjectCaseConnection!
  }

  "What one case says of a vehicle, as its force recorded it."
  type VehicleClaim {
    "Null only when the cases service could not be reached."
    case: Case
    "The force whose case this is."
    force: Force!
    make: String
    model: String
    colour: String
    "Username of the officer who recorded it."
    recordedBy: String!
    recordedAt: DateTime!
  }

  type EmailAddress @key(fields: "id") {
    id: ID!
    "Trimmed and lower-case."
    address: String!
    "The people the cases you may see tie to it, each with their role and the case: oldest first."
    people: [ObjectHolder!]!
    cases(first: Int = 20, after: String): ObjectCaseConnection!
  }

  type OnlineAccount @key(fields: "id") {
    id: ID!
    "Lower-case platform name, e.g. instagram."
    platform: String!
    "Lower-case, without a leading @."
    handle: String!
    "The people the cases you may see tie to it, each with their role and the case: oldest first."
    people: [ObjectHolder!]!
    cases(first: Int = 20, after: String): ObjectCaseConnection!
  }

  type BankAccount @key(fields: "id") {
    id: ID!
    "Six digits, for a UK account."
    sortCode: String
    "Eight digits, for a UK account."
    accountNumber: String
    iban: String
    "The people the cases you may see tie to it, each with their role and the case: oldest first."
    people: [ObjectHolder!]!
    cases(first: Int = 20, after: String): ObjectCaseConnection!
  }

  "A weapon, drugs, cash or a document: recorded per case, never shared."
  type Item @key(fields: "id") {
    id: ID!
    kind: ItemKind!
    description: String!
    "The people the cases you may see tie to it, each with their role and the case: oldest first."
    people: [ObjectHolder!]!
    cases(first: Int = 20, after: String): ObjectCaseConnection!
  }

  "What a person is to an object: a phone's HOLDER, a vehicle's KEEPER, an email address's or account's USER, a bank account's ACCOUNT_HOLDER, an item's POSSESSOR."
  enum HolderRelation {
    HOLDER
    KEEPER
    USER
    ACCOUNT_HOLDER
    POSSESSOR
  }

  "A person a case ties to an object, as that case records it."
  type ObjectHolder {
    person: Person!
    relation: HolderRelation!
    "The person's role in the case."
    role: PersonRole!
    "The case that ties them; null only when the cases service could not be reached."
    case: Case
    recordedAt: DateTime!
  }

  enum ItemKind {
    WEAPON
    DRUGS
    CASH
    DOCUMENT
    OTHER
  }

  enum ObjectKind {
    Phone
    Vehicle
    EmailAddress
    OnlineAccount
    BankAccount
    Item
  }

  union CaseObject = Phone | Vehicle | EmailAddress | OnlineAccount | BankAccount | Item

  type CaseObjectConnection {
    edges: [CaseObjectEdge!]!
    pageInfo: PageInfo!
  }

  type CaseObjectEdge {
    cursor: String!
    node: CaseObject!
    "When the object was first recorded in the case."
    recordedAt: DateTime!
  }

  type ObjectCaseConnection {
    edges: [ObjectCaseEdge!]!
    pageInfo: PageInfo!
  }

  type ObjectCaseEdge {
    cursor: String!
    "Null only when the cases service could not be reached."
    node: Case
    "When the object was first recorded in this case."
    recordedAt: DateTime!
  }

  type PageInfo @shareable {
    hasNextPage: Boolean!
    endCursor: String
  }

  """
  A hit on entry: the value you recorded is known to another case. A case you may see is named; one
  you may not see is only "known to" its force, with its officer in charge to contact, who has been
  alerted that you recorded it (discovery without disclosure).
  """
  type Hit @shareable {
    "For a case you may not see: names this hit when asking its force for access (requestCaseAccess). Null for a case you may see, and on a retried request's answer."
    id: ID
    force: Force!
    "Username of the case's officer in charge."
    officerInCharge: String!
    "The case, when you may see it; null when you may not."
    case: Case
  }

  type RecordPhonePayload {
    phone: Phone!
    "Other cases that hold this number: yours to see by name, others only by force and officer in charge."
    hits: [Hit!]!
  }

  type RecordVehiclePayload {
    vehicle: Vehicle!
    "Other cases that hold this VRM: yours to see by name, others only by force and officer in charge."
    hits: [Hit!]!
  }

  type RecordEmailAddressPayload {
    emailAddress: EmailAddress!
    "Other cases that hold this address: yours to see by name, others only by force and officer in charge."
    hits: [Hit!]!
  }

  type RecordOnlineAccountPayload {
    onlineAccount: OnlineAccount!
    "Other cases that hold this account: yours to see by name, others only by force and officer in charge."
    hits: [Hit!]!
  }

  type RecordBankAccountPayload {
    bankAccount: BankAccount!
    "Other cases that hold this account: yours to see by name, others only by force and officer in charge."
    hits: [Hit!]!
  }

  input RecordPhoneInput {
    caseId: ID!
    "A person in the case who has this phone."
    personId: ID
    "Any usual writing, e.g. 07700 900123, +44 7700 900123, (0161) 496 0000."
    number: String!
    "15 digits with a valid check digit."
    imei: String
    "Makes a retry safe: a request repeated with the same key returns what the first made, instead of making it again. The same key with another request is refused (IDEMPOTENCY_KEY_REUSED). Up to 200 characters, e.g. a UUID; keys are the sender's own."
    idempotencyKey: String
  }

  input RecordVehicleInput {
    caseId: ID!
    personId: ID
    vrm: String!
    make: String
    model: String
    colour: String
    "Makes a retry safe: a request repeated with the same key returns what the first made, instead of making it again. The same key with another request is refused (IDEMPOTENCY_KEY_REUSED). Up to 200 characters, e.g. a UUID; keys are the sender's own."
    idempotencyKey: String
  }

  input RecordEmailAddressInput {
    caseId: ID!
    personId: ID
    address: String!
    "Makes a retry safe: a request repeated with the same key returns what the first made, instead of making it again. The same key with another request is refused (IDEMPOTENCY_KEY_REUSED). Up to 200 characters, e.g. a UUID; keys are the sender's own."
    idempotencyKey: String
  }

  input RecordOnlineAccountInput {
    caseId: ID!
    personId: ID
    platform: String!
    handle: String!
    "Makes a retry safe: a request repeated with the same key returns what the first made, instead of making it again. The same key with another request is refused (IDEMPOTENCY_KEY_REUSED). Up to 200 characters, e.g. a UUID; keys are the sender's own."
    idempotencyKey: String
  }

  "A UK sort code and account number, an IBAN, or both (a GB IBAN must agree with them)."
  input RecordBankAccountInput {
    caseId: ID!
    personId: ID
    sortCode: String
    accountNumber: String
    iban: String
    "Makes a retry safe: a request repeated with the same key returns what the first made, instead of making it again. The same key with another request is refused (IDEMPOTENCY_KEY_REUSED). Up to 200 characters, e.g. a UUID; keys are the sender's own."
    idempotencyKey: String
  }

  input RecordItemInput {
    caseId: ID!
    personId: ID
    kind: ItemKind!
    description: String!
    "Makes a retry safe: a request repeated with the same key returns what the first made, instead of making it again. The same key with another request is refused (IDEMPOTENCY_KEY_REUSED). Up to 200 characters, e.g. a UUID; keys are the sender's own."
    idempotencyKey: String
  }

  extend type Query {
    phone(id: ID!): Phone
    vehicle(id: ID!): Vehicle
  }

  extend type Mutation {
    "Records a phone in a case (and against a person in it). The same number is one Phone everywhere; hits says where else it is known."
    recordPhone(input: RecordPhoneInput!): RecordPhonePayload!
    "Records a vehicle in a case, with this case's description of it; hits says where else it is known."
    recordVehicle(input: RecordVehicleInput!): RecordVehiclePayload!
    recordEmailAddress(input: RecordEmailAddressInput!): RecordEmailAddressPayload!
    recordOnlineAccount(input: RecordOnlineAccountInput!): RecordOnlineAccountPayload!
    recordBankAccount(input: RecordBankAccountInput!): RecordBankAccountPayload!
    recordItem(input: RecordItemInput!): Item!
  }
`;
