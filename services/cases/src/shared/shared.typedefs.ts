import { gql } from 'graphql-tag';

/** What every feature's schema stands on: the federation version and its imports, the DateTime scalar, and the PageInfo every connection shares. */
export const sharedTypeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@provides"])

  "An instant in ISO-8601, e.g. 2026-03-14T09:30:00Z."
  scalar DateTime

  type PageInfo @shareable {
    hasNextPage: Boolean!
    endCursor: String
  }
`;
