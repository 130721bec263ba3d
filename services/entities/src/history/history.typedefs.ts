import { gql } from 'graphql-tag';

/** The change history people and NRM referrals keep: one entry per change, never edited. */
export const historyTypeDefs = gql`
  "One change to a field of a person or an NRM referral: what it was and became, who changed it, when and why. Kept for good; never edited."
  type RecordChange {
    at: DateTime!
    by: String!
    "The field changed, e.g. dateOfBirth, niNumber, alias, reasonableGrounds."
    field: String!
    "The value before (null: none)."
    from: String
    "The value after (null: cleared or withdrawn)."
    to: String
    reason: String
  }

  type RecordChangeConnection {
    edges: [RecordChangeEdge!]!
    pageInfo: PageInfo!
  }

  type RecordChangeEdge {
    cursor: String!
    node: RecordChange!
  }
`;
