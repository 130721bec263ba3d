import { randomUUID } from 'node:crypto';
import { assertCan, CrosslinkError, type RequestScope } from '@crosslink/common';
import { linkKinds } from '../network/network.model.js';
import { checkRange, checkScope, type NetworkScopeInput } from '../network/network.validation.js';
import type { ScopeReader } from '../network/scope-reader.js';
import { checkDecision, pairKey, type DecideMatchInput } from './matching.validation.js';
import { scoreMatch } from './match.score.js';
import type { MatchDecision, MatchPerson, MatchSuggestion } from './matching.model.js';
import type { MatchingRepository } from './matching.repository.js';

/** Records of a scope read at most (all kinds: its people are compared); more and the answer says it was truncated. */
export const MATCH_SCOPE_LIMIT = 2_000;
/** People read as possibly each person of the scope, at most. */
export const CANDIDATES_PER_PERSON = 50;
/** People of the scope whose candidates one statement reads. */
const PEOPLE_PER_READ = 200;
export const DEFAULT_SUGGESTIONS = 20;
export const MAX_SUGGESTIONS = 100;

export interface MatchSuggestions {
  readonly suggestions: readonly MatchSuggestion[];
  /** People of the scope compared. */
  readonly compared: number;
  /** True when the scope held more records than were read, or a person more candidates than were compared. */
  readonly truncated: boolean;
}

/**
 * The review queue of people who may be one person recorded twice: the people of a scope compared
 * with everyone the viewer may see, scored and explained (match.score.ts), and reviewers' decisions
 * on them. Everything is read under the viewer's visibility, so neither a suggestion nor its reasons
 * rest on a case the viewer may not see; every person a suggestion shows is audited as consulted.
 */
export class MatchingService {
  constructor(
    private readonly repository: MatchingRepository,
    private readonly scope: RequestScope,
    private readonly scopes: ScopeReader,
  ) {}

  /**
   * Suggestions for the people of a scope, best first (score, then pair key), at most `first`. Open
   * ones only, unless `decided`: then decided pairs are among them too, each with its decision.
   */
  async suggestions(scopeInput: NetworkScopeInput, firstInput: number | null | undefined, decided: boolean | null | undefined): Promise<MatchSuggestions> {
    assertCan(this.scope.principal, 'network:read');
    const scope = checkScope(scopeInput);
    const first = checkRange(firstInput ?? DEFAULT_SUGGESTIONS, 1, MAX_SUGGESTIONS, 'first');
    const answer = await this.scopes.read(scope, linkKinds, MATCH_SCOPE_LIMIT);
    const people = answer.nodes.filter((node) => node.kind === 'PERSON').map((node) => node.id);
    let truncated = answer.truncated;
    const scored = new Map<string, Omit<MatchSuggestion, 'decision'>>();
    for (let i = 0; i < people.length; i += PEOPLE_PER_READ) {
      const rows = await this.repository.candidates(people.slice(i, i + PEOPLE_PER_READ), CANDIDATES_PER_PERSON, this.scope.access, this.scope.meta);
      for (const row of rows) {
        if (row.candidates.length >= CANDIDATES_PER_PERSON) truncated = true;
        for (const candidate of row.candidates) {
          const id = pairKey(row.person.id, candidate.person.id);
          if (scored.has(id)) continue;
          // Scored in id order, so a pair reads the same whichever side the scope held.
          const pair = inOrder(row.person, candidate.person);
          const match = scoreMatch(pair[0], pair[1], candidate.shared);
          if (match !== null) scored.set(id, { id, people: pair, ...match });
        }
      }
    }
    const decisions = await this.repository.decisions([...scored.keys()], this.scope.access, this.scope.meta);
    const suggestions = [...scored.values()]
      .map((suggestion) => ({ ...suggestion, decision: decisions.get(suggestion.id) ?? null }))
      .filter((suggestion) => decided === true || suggestion.decision === null)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, first);
    for (const suggestion of suggestions) this.consult(suggestion);
    return { suggestions, compared: people.length, truncated };
  }

  /**
   * A reviewer's decision on a pair: the same person or not, and why. Both people must be visible
   * (else PERSON_NOT_FOUND, as if they did not exist); deciding a pair again replaces its decision.
   * Audited as one write naming the decision and both people, needing a purpose when either is
   * another force's. Answers the pair scored again with its decision: score 0 and no reasons when
   * the two no longer look alike (a reviewer may decide any pair they see).
   */
  async decide(input: DecideMatchInput): Promise<MatchSuggestion> {
    assertCan(this.scope.principal, 'intel:record');
    const valid = checkDecision(input);
    const decided = await this.repository.decide(
      {
        id: randomUUID(),
        pair: valid.pair,
        personIds: valid.personIds,
        outcome: valid.outcome,
        reason: valid.reason,
        decidedBy: this.scope.principal.username,
        force: this.scope.principal.force,
      },
      this.scope.access,
      this.scope.meta,
    );
    if (decided === null)
      throw new CrosslinkError('PERSON_NOT_FOUND', 'No such person, or you may not see them: a match is decided between two people in sight');
    const people = inOrder(...decided.people);
    const match = scoreMatch(people[0], people[1], decided.shared) ?? { score: 0, reasons: [] };
    return { id: valid.pair, people, ...match, decision: decided.decision };
  }

  private consult(suggestion: MatchSuggestion): void {
    const action = 'Query.matchSuggestions';
    for (const person of suggestion.people) this.scope.audit.consult(action, 'Person', person.id, person);
    if (suggestion.decision !== null) this.consultDecision(action, suggestion.decision);
  }

  /** A decision's reason is its reviewer's force's words: another force's decision is that force's data. */
  private consultDecision(action: string, decision: MatchDecision): void {
    this.scope.audit.consultRecord(action, `MatchDecision:${decision.id}`, decision.force !== this.scope.principal.force);
  }
}

function inOrder(a: MatchPerson, b: MatchPerson): readonly [MatchPerson, MatchPerson] {
  return a.id < b.id ? [a, b] : [b, a];
}
