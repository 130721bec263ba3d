import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  "An instant in ISO-8601, e.g. 2026-03-14T09:30:00Z."
  scalar DateTime

  "A person recorded in one or more cases."
  type Person @key(fields: "id") {
    id: ID!
    forenames: String!
    surname: String!
    "YYYY-MM-DD, when known."
    dateOfBirth: String
    createdAt: DateTime!
    createdBy: String!
    "The cases you may see that this person takes part in, and their role in each."
    cases: [PersonCaseRole!]!
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
    person: Person!
  }

  type PersonCaseRole {
    role: PersonRole!
    since: DateTime!
    case: Case!
  }

  type Case @key(fields: "id") {
    id: ID!
    "The people in this case and their roles, by surname."
    people: [CaseParticipant!]!
  }

  input RecordPersonInput {
    caseId: ID!
    role: PersonRole!
    forenames: String!
    surname: String!
    "YYYY-MM-DD."
    dateOfBirth: String
  }

  input LinkPersonInput {
    personId: ID!
    caseId: ID!
    role: PersonRole!
  }

  type Query {
    "A person you may see; null otherwise."
    person(id: ID!): Person
  }

  type Mutation {
    "Records a new person in a case."
    recordPerson(input: RecordPersonInput!): CaseParticipant!
    "Puts a person already recorded into another case."
    linkPersonToCase(input: LinkPersonInput!): CaseParticipant!
  }
`;
