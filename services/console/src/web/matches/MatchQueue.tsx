import { useId, useMemo, useState } from 'react';
import { withheldOf } from '../api/errors.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { hasRole } from '../session/session.js';
import { useSession } from '../session/use-session.js';
import { useViewer } from '../supervisor/use-viewer.js';
import { Empty, Loading, Problem, WithheldNotice } from '../ui/states.js';
import { MatchCard } from './MatchCard.js';
import { MatchSuggestionsQuery, ScopeCasesQuery, type MatchSuggestionsData, type ScopeCasesData } from './match-fields.js';
import { caseFilterOf, choiceKey, choiceWords, SCOPE_CASES, scopeChoices, scopeOf, type MatchScopeChoice, type ScopeViewer } from './match-scope.js';
import './matches.css';

const SHOWN = 25;

/**
 * The review queue: people who may be one person recorded twice, each pair with why it was
 * suggested, for a reviewer to confirm or reject with a reason. `caseId` (from a case page) starts
 * it on that case's people.
 */
export function MatchQueue({ caseId }: { caseId: string | null }) {
  const { officer } = useSession();
  const { viewer } = useViewer();
  const scopeViewer: ScopeViewer = { username: officer.username, force: officer.force, wholeView: viewer.hub && hasRole(officer, 'analyst', 'supervisor') };
  const choices = scopeChoices(scopeViewer, caseId);
  const [picked, setPicked] = useState<string | null>(null);
  const [decided, setDecided] = useState(false);
  const choice = choices.find((candidate) => choiceKey(candidate) === picked) ?? choices[0]!;
  const scopeId = useId();
  const decidedId = useId();
  return (
    <section className="matches" aria-labelledby="matches-title">
      <div className="page-head">
        <div>
          <h1 id="matches-title">Matches to review</h1>
          <p className="hint">
            People who may be one person recorded twice — by two forces, or twice by one — with why each pair was suggested. Confirm or reject each with a
            reason; the decision is recorded and audited.
          </p>
        </div>
        <div className="filter">
          <label htmlFor={scopeId}>Compare</label>
          <select id={scopeId} value={choiceKey(choice)} onChange={(event) => setPicked(event.target.value)}>
            {choices.map((option) => (
              <option key={choiceKey(option)} value={choiceKey(option)}>
                {choiceWords(option, officer.force)}
              </option>
            ))}
          </select>
          <label className="check" htmlFor={decidedId}>
            <input id={decidedId} type="checkbox" checked={decided} onChange={(event) => setDecided(event.target.checked)} /> Show decided pairs too
          </label>
        </div>
      </div>
      <ScopedQueue key={`${choiceKey(choice)}|${decided}`} choice={choice} viewer={scopeViewer} decided={decided} />
    </section>
  );
}

/** Reads the case ids a choice needs (if any), then the queue for them. */
function ScopedQueue({ choice, viewer, decided }: { choice: MatchScopeChoice; viewer: ScopeViewer; decided: boolean }) {
  const filter = caseFilterOf(choice, viewer);
  const [cases] = useCrosslinkQuery<ScopeCasesData>({ query: ScopeCasesQuery, variables: { filter, first: SCOPE_CASES }, pause: filter === null });
  const caseIds = useMemo(() => (filter === null ? null : (cases.data?.cases.edges.map((edge) => edge.node.id) ?? null)), [filter, cases.data]);
  const scope = scopeOf(choice, caseIds);
  if (filter !== null) {
    if (cases.error !== undefined) return <Problem error={cases.error} />;
    if (caseIds === null) return <Loading what="the cases to compare" />;
    if (caseIds.length === 0)
      return <Empty>{choice.kind === 'mine' ? 'No case is in your charge.' : 'Your force has no case you may see.'} Choose another set to compare.</Empty>;
  }
  return scope === null ? null : <Queue scope={scope} decided={decided} />;
}

function Queue({ scope, decided }: { scope: object; decided: boolean }) {
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<MatchSuggestionsData>({
    query: MatchSuggestionsQuery,
    variables: { scope, first: SHOWN, decided },
  });
  const answer = data?.matchSuggestions;
  return (
    <>
      {fetching && answer === undefined ? <Loading what="the suggestions" /> : null}
      <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      <WithheldNotice withheld={withheldOf(extensions)} />
      {answer !== undefined ? (
        <p className="hint" aria-live="polite">
          {answer.suggestions.length} {answer.suggestions.length === 1 ? 'pair' : 'pairs'} from {answer.compared} {answer.compared === 1 ? 'person' : 'people'}{' '}
          compared{answer.truncated ? ' (the first of more: narrow the set to see the rest)' : ''}.
        </p>
      ) : null}
      {answer !== undefined && answer.suggestions.length === 0 ? <Empty>Nothing to review: no one here looks recorded twice.</Empty> : null}
      {answer !== undefined && answer.suggestions.length > 0 ? (
        <ol className="items match-list" aria-label="Suggested matches">
          {answer.suggestions.map((suggestion) => (
            <MatchCard key={suggestion.id} suggestion={suggestion} />
          ))}
        </ol>
      ) : null}
    </>
  );
}
