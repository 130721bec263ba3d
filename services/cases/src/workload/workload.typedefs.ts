import { gql } from 'graphql-tag';

export const workloadTypeDefs = gql`
  type PriorityCount {
    priority: Priority!
    "Open cases of this priority the officer is in charge of."
    cases: Int!
    "Open actions of this priority allocated to the officer."
    actions: Int!
  }

  "One officer's load in a force."
  type OfficerWorkload {
    "Username."
    officer: String!
    "Cases not CLOSED with this officer in charge."
    openCases: Int!
    "Actions allocated to the officer and not yet completed."
    openActions: Int!
    "Open actions past their due date."
    overdueActions: Int!
    byPriority: [PriorityCount!]!
  }

  type OfficerWorkloadConnection {
    edges: [OfficerWorkloadEdge!]!
    pageInfo: PageInfo!
  }

  type OfficerWorkloadEdge {
    cursor: String!
    node: OfficerWorkload!
  }

  extend type Query {
    "Per officer of a force, by username: open cases and actions (supervisors of that force or the hub)."
    workload(force: ID!, first: Int = 20, after: String): OfficerWorkloadConnection!
  }
`;
