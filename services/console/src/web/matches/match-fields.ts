import type { MatchOutcome, MatchReasonKind } from '../api/schema-enums.js';

/**
 * What the review queue asks the gateway (schema/supergraph.graphql: Query.matchSuggestions and
 * Mutation.decideMatch) and the shapes of the answers it reads.
 */

export interface MatchPerson {
  id: string;
  forenames: string | null;
  surname: string | null;
  dateOfBirth: string | null;
  forces: string[];
}

export interface MatchReason {
  kind: MatchReasonKind;
  detail: string;
  weight: number;
}

export interface MatchDecision {
  outcome: MatchOutcome;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

export interface MatchSuggestion {
  id: string;
  people: MatchPerson[];
  score: number;
  reasons: MatchReason[];
  decision: MatchDecision | null;
}

const suggestionFields = `
  id score
  people { id forenames surname dateOfBirth forces }
  reasons { kind detail weight }
  decision { outcome reason decidedBy decidedAt }
`;

export const MatchSuggestionsQuery = `
  query MatchSuggestions($scope: NetworkScope!, $first: Int!, $decided: Boolean!) {
    matchSuggestions(scope: $scope, first: $first, decided: $decided) {
      compared truncated
      suggestions { ${suggestionFields} }
    }
  }
`;
export interface MatchSuggestionsData {
  matchSuggestions: { compared: number; truncated: boolean; suggestions: MatchSuggestion[] };
}

export const DecideMatchMutation = `
  mutation DecideMatch($input: DecideMatchInput!) {
    decideMatch(input: $input) { ${suggestionFields} }
  }
`;

/** Case ids of a case list, for a scope of "the people of these cases". */
export const ScopeCasesQuery = `
  query MatchScopeCases($filter: CaseFilter, $first: Int!) {
    cases(filter: $filter, first: $first) { edges { node { id } } }
  }
`;
export interface ScopeCasesData {
  cases: { edges: { node: { id: string } }[] };
}
