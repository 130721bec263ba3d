import type { SearchKind } from '../api/schema-enums.js';

/** What the search view reads of each hit: a case, a person, a location, a phone or a vehicle, as far as the officer may see it. */
export const SearchQuery = `
  query Search($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      kind rank score
      node {
        __typename
        ... on Case { id reference title status crimeTypes force { code name } }
        ... on Person {
          id forenames surname dateOfBirth
          aliases { forenames surname }
          safeguarding { flagged reasons }
          cases { role case { id reference title force { code name } } }
        }
        ... on Location {
          id line1 line2 town postcode forceArea { code name }
          claims { force { code name } case { id reference title force { code name } } }
          people { role person { id forenames surname } case { id reference } }
        }
        ... on Phone { id number holding: cases(first: 10) { ...HoldingCases } }
        ... on Vehicle { id vrm make model colour holding: cases(first: 10) { ...HoldingCases } }
      }
    }
  }
  fragment HoldingCases on ObjectCaseConnection { edges { node { id reference title force { code name } } } pageInfo { hasNextPage } }
`;

interface ForceRef {
  code: string;
  name: string;
}

export interface CaseRef {
  id: string;
  reference: string;
  title: string;
  force: ForceRef;
}

export interface CaseHit extends CaseRef {
  __typename: 'Case';
  status: string;
  crimeTypes: string[];
}

export interface PersonHit {
  __typename: 'Person';
  id: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
  aliases: { forenames: string; surname: string }[];
  safeguarding: { flagged: boolean; reasons: string[] };
  cases: { role: string; case: CaseRef | null }[];
}

export interface LocationHit {
  __typename: 'Location';
  id: string;
  line1: string;
  line2: string | null;
  town: string;
  postcode: string;
  forceArea: ForceRef | null;
  claims: { force: ForceRef; case: CaseRef | null }[];
  people: { role: string; person: { id: string; forenames: string; surname: string }; case: { id: string; reference: string } | null }[];
}

/** The cases you may see that record a phone or vehicle (the first ten), as `holding`: a person's `cases` is another type. */
export interface HoldingCases {
  edges: { node: CaseRef | null }[];
  pageInfo: { hasNextPage: boolean };
}

export interface PhoneHit {
  __typename: 'Phone';
  id: string;
  number: string;
  holding: HoldingCases;
}

export interface VehicleHit {
  __typename: 'Vehicle';
  id: string;
  vrm: string;
  make: string | null;
  model: string | null;
  colour: string | null;
  holding: HoldingCases;
}

export interface SearchHit {
  kind: SearchKind;
  rank: number;
  score: number;
  node: CaseHit | PersonHit | LocationHit | PhoneHit | VehicleHit;
}

export interface SearchData {
  search: SearchHit[];
}
