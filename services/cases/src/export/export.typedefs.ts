import { gql } from 'graphql-tag';

export const exportTypeDefs = gql`
  "A case's data package as it was disclosed to named recipients outside Crosslink (another agency, the CPS)."
  type CaseExport {
    "The reference of the case exported."
    reference: String!
    "Who the package was disclosed to, as given."
    recipients: [String!]!
    "The purpose stated for the disclosure (the x-crosslink-purpose header)."
    purpose: String!
    exportedBy: String!
    exportedAt: DateTime!
    "Every record in the package, as Label:id; the disclosure's audit event names the same records and recipients."
    records: [String!]!
    """
    The package, as JSON text: the case, its history, events, actions, current shares and operations;
    the people it records (role, aliases, identifiers, addresses), the objects seen in it (with their
    holders in this case) and the places of both. Intelligence items are not part of it: they carry
    their own handling codes.
    """
    package: String!
  }

  input ExportCaseInput {
    caseId: ID!
    "Who receives the package, e.g. a force code or 'CPS North West': 1-10 recipients, each 2-200 characters."
    recipients: [String!]!
  }

  extend type Mutation {
    """
    Discloses a case to named recipients and returns its data package. Always needs a purpose (the
    x-crosslink-purpose header), whoever owns the case; detectives and supervisors of the owning force,
    or hub supervisors, may export. The disclosure is audited, with its recipients and every record in
    the package, before the package is returned.
    """
    exportCase(input: ExportCaseInput!): CaseExport!
  }
`;
