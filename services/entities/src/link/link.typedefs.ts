import { gql } from 'graphql-tag';

/** Links between two people, each asserted in a case by its owning force. */
export const linkTypeDefs = gql`
  enum PersonLinkKind {
    KNOWS
    FAMILY_REL
    LIVES_WITH
    "Social network association."
    KNOWS_SN
    "Phone contact association."
    KNOWS_PHONE
  }

  enum FamilyRelation {
    PARENT
    CHILD
    SIBLING
    PARTNER
    SPOUSE
    GRANDPARENT
    GRANDCHILD
    AUNT_UNCLE
    NIECE_NEPHEW
    COUSIN
    OTHER
  }

  enum LinkDirection {
    "This person is the link's from."
    OUTGOING
    INCOMING
  }

  type PersonLinkConnection {
    edges: [PersonLinkEdge!]!
    pageInfo: PageInfo!
  }

  type PersonLinkEdge {
    cursor: String!
    node: PersonLink!
  }

  type PersonLink {
    kind: PersonLinkKind!
    "For FAMILY_REL: what the from person is to the to person."
    familyRelation: FamilyRelation
    direction: LinkDirection!
    person: Person!
    "The case the link was recorded in; null only when the cases service could not be reached."
    case: Case
    recordedAt: DateTime!
  }

  input LinkPeopleInput {
    fromId: ID!
    toId: ID!
    kind: PersonLinkKind!
    "Required for FAMILY_REL, refused otherwise: what from is to to."
    familyRelation: FamilyRelation
    "The case in which the link is asserted; it shows only to those who may see that case."
    caseId: ID!
  }

  extend type Mutation {
    "Links two people recorded in a case (KNOWS, FAMILY_REL, LIVES_WITH, KNOWS_SN, KNOWS_PHONE), as asserted in that case by its owning force."
    linkPeople(input: LinkPeopleInput!): PersonLink!
  }
`;
