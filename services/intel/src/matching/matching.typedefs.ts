import { gql } from 'graphql-tag';

export const matchingTypeDefs = gql`
  extend type Query {
    "People who may be one person recorded twice, best first, each with the reasons: the people of the scope against everyone you may see. Open suggestions only unless decided is true."
    matchSuggestions(scope: NetworkScope!, "1 to 100." first: Int = 20, decided: Boolean = false): MatchSuggestions!
  }

  extend type Mutation {
    "A reviewer's decision on a suggested match: the same person or not, with the reason. Needs sight of both people (a purpose for another force's); audited."
    decideMatch(input: DecideMatchInput!): MatchSuggestion!
  }

  type MatchSuggestions {
    suggestions: [MatchSuggestion!]!
    "People of the scope compared."
    compared: Int!
    "True when the scope held more than was compared (at most 2,000 records of it are read), or a person had more possible matches than were scored (50)."
    truncated: Boolean!
  }

  "Two person records that may be one person."
  type MatchSuggestion {
    "The pair's key: the two person ids, in order, joined by a colon."
    id: ID!
    "Exactly two, in id order."
    people: [MatchPerson!]!
    "0 to 1: how alike the two records are."
    score: Float!
    reasons: [MatchReason!]!
    "Null while open."
    decision: MatchDecision
  }

  type MatchPerson {
    id: ID!
    forenames: String
    surname: String
    "As recorded: YYYY, YYYY-MM or YYYY-MM-DD."
    dateOfBirth: String
    "Forces of the cases you may see that record them."
    forces: [ID!]!
  }

  type MatchReason {
    kind: MatchReasonKind!
    "In words, e.g. 'Smith and Smtih differ by one slip'."
    detail: String!
    "What the reason counts for: name and date-of-birth weights add up (1 for the same name and date of birth); each shared identifier closes its share of what is left."
    weight: Float!
  }

  enum MatchReasonKind {
    "Forenames and surname the same."
    SAME_NAME
    "Surnames one slip apart: a letter changed, added or left out, or two neighbouring letters transposed."
    SURNAME_TYPO
    "One surname a hyphen part of the other (Smith, Smith-Jones)."
    HYPHENATED_SURNAME
    "One forename a short form of the other (Bob, Robert), or both of one name."
    NICKNAME
    SAME_DATE_OF_BIRTH
    "Day and month swapped."
    DATE_OF_BIRTH_SWAPPED
    "One record gives no date of birth, or only its year or month (agreeing with the other)."
    DATE_OF_BIRTH_MISSING
    SHARED_PHONE
    SHARED_EMAIL
    SHARED_VEHICLE
    SHARED_ADDRESS
  }

  "One decision per pair: deciding again replaces it."
  type MatchDecision {
    outcome: MatchOutcome!
    reason: String!
    "Username of the reviewer."
    decidedBy: ID!
    decidedAt: DateTime!
  }

  enum MatchOutcome {
    "One person recorded twice."
    SAME
    "Two people."
    DIFFERENT
  }

  input DecideMatchInput {
    personId: ID!
    otherId: ID!
    outcome: MatchOutcome!
    "Why, in up to 1,000 characters: whoever sees both people reads it."
    reason: String!
  }
`;
