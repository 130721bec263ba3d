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
    "The officer's team or unit; null when they are in none."
    team: String
    "The officer's name; null until they have used Crosslink."
    displayName: String
    "Cases not CLOSED with this officer in charge."
    openCases: Int!
    "Actions allocated to the officer and not yet completed."
    openActions: Int!
    "Open actions past their due date."
    overdueActions: Int!
    byPriority: [PriorityCount!]!
  }

  "One team's load in a force: its officers' loads summed."
  type TeamWorkload {
    "The team or unit; null for the force's officers who are in none."
    team: String
    "Officers of the team, counting those with nothing open."
    officers: Int!
    openCases: Int!
    openActions: Int!
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
    """
    Per officer of a force, by username: open cases and actions, optionally of one team's officers only
    (supervisors of that force or the hub). Officers of the force with nothing open are listed with zeros.
    """
    workload(force: ID!, team: String, first: Int = 20, after: String): OfficerWorkloadConnection!
    "Per team of a force, by name, officers in no team last (supervisors of that force or the hub)."
    teamWorkload(force: ID!): [TeamWorkload!]!
  }
`;
