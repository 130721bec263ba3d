import { gql } from 'graphql-tag';

export const forceTypeDefs = gql`
  "A police force, the national hub or a regional organised crime unit."
  type Force @key(fields: "code") {
    "Short stable code, e.g. GMP, MPS, NCA."
    code: ID!
    name: String!
    kind: ForceKind!
  }

  enum ForceKind {
    "One of the 43 territorial forces of England and Wales."
    TERRITORIAL
    "British Transport Police, Police Scotland, Police Service of Northern Ireland."
    SPECIAL
    "The national hub."
    NATIONAL
    "A regional organised crime unit."
    REGIONAL
  }

  extend type Query {
    "Every force, the hub and the regional units."
    forces: [Force!]!
    force(code: ID!): Force
  }
`;
