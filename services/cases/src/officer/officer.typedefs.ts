import { gql } from 'graphql-tag';

export const officerTypeDefs = gql`
  """
  An officer: a user of a force (a Keycloak user), by username. Officers may be placed in a team or
  unit of their force by its supervisors.
  """
  type Officer {
    username: String!
    force: Force!
    "Their name as the realm gives it; null until they have used Crosslink."
    displayName: String
    "Their team or unit in the force, e.g. County Lines Taskforce; null when they are in none."
    team: String
  }

  input OfficerInput {
    username: String!
    "Force code of the officer's force."
    force: ID!
  }

  type OfficerConnection {
    edges: [OfficerEdge!]!
    pageInfo: PageInfo!
  }

  type OfficerEdge {
    cursor: String!
    node: Officer!
  }

  extend type Case {
    "The officer in charge as a record, with their name and team; officerInCharge is their username."
    officer: Officer!
  }

  input SetOfficerTeamInput {
    officer: OfficerInput!
    "The team or unit, 2-60 characters; null or blank places the officer in none."
    team: String
  }

  extend type Query {
    """
    A force's officers by username, optionally of one team: for the force's own officers, and the
    hub's analysts, supervisors and administrators. With forAction, a supervisor who may allocate that
    action lists the officers of any force taking part in it, the officers it may be allocated to.
    """
    officers(
      force: ID!
      team: String
      first: Int = 20
      after: String
      "An action the caller may allocate: lists the officers of a force taking part in it, whichever force that is."
      forAction: ID
    ): OfficerConnection!
  }

  extend type Mutation {
    "Places an officer in a team of their force, or in none (supervisors of that force or the hub, hub administrators)."
    setOfficerTeam(input: SetOfficerTeamInput!): Officer!
  }
`;
