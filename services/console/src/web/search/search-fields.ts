/** What the search view reads of each hit: a case, a person or a location, as far as the officer may see it. */
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
      }
    }
  }
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

export interface SearchHit {
  kind: string;
  rank: number;
  score: number;
  node: CaseHit | PersonHit | LocationHit;
}

export interface SearchData {
  search: SearchHit[];
}
