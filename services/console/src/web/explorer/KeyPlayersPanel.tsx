import { useEffect, useState } from 'react';
import { KeyPlayerMeasure, type LinkKind } from '../api/schema-enums.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { titleCase } from '../ui/format.js';
import { Loading, Problem } from '../ui/states.js';
import type { ExplorerGraph } from './graph-types.js';
import { applyScores, clearScores, kindNames } from './graph-style.js';
import { KEY_PLAYERS, KeyPlayersQuery, type KeyPlayersData, type NetworkScope } from './network-fields.js';

const measureNames: Record<KeyPlayerMeasure, string> = {
  DEGREE: 'Degree (records linked to)',
  BETWEENNESS: 'Betweenness (chains passing through)',
  PAGERANK: 'PageRank',
  TRIANGLES: 'Triangles (linked contacts)',
};

const scoreFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

interface Props {
  graph: ExplorerGraph;
  version: number;
  scope: NetworkScope;
  via: LinkKind[] | null;
  complete: boolean;
  onChoose: (node: string) => void;
}

/** The records that matter most to the view by a measure (Query.keyPlayers): sized by score and listed. */
export function KeyPlayersPanel(props: Props) {
  const [measure, setMeasure] = useState<KeyPlayerMeasure | null>(null);
  return (
    <section className="explorer-panel" aria-labelledby="explorer-players-title">
      <h2 id="explorer-players-title">Key players</h2>
      <label htmlFor="explorer-measure">Measure</label>
      <select
        id="explorer-measure"
        value={measure ?? ''}
        onChange={(event) => setMeasure(event.target.value === '' ? null : (event.target.value as KeyPlayerMeasure))}
      >
        <option value="">None</option>
        {Object.values(KeyPlayerMeasure).map((each) => (
          <option key={each} value={each}>
            {measureNames[each]}
          </option>
        ))}
      </select>
      {measure !== null ? <KeyPlayers {...props} measure={measure} /> : null}
    </section>
  );
}

/** Mounted only while a measure is chosen: the query, the sizes it gives and the list. */
function KeyPlayers({ graph, version, scope, via, complete, onChoose, measure }: Props & { measure: KeyPlayerMeasure }) {
  const [{ data, error, fetching }, reexecute] = useCrosslinkQuery<KeyPlayersData>({
    query: KeyPlayersQuery,
    variables: { scope, measure, via, first: KEY_PLAYERS },
  });
  const answer = data?.keyPlayers.measure === measure ? data.keyPlayers : undefined;

  useEffect(() => {
    if (answer === undefined) return;
    applyScores(graph, answer.players);
    return () => clearScores(graph);
  }, [graph, version, answer]);

  return (
    <>
      {fetching && answer === undefined ? <Loading what="key players" /> : null}
      <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      {answer !== undefined ? (
        <>
          <p className="hint">
            Sized by score across {answer.size.nodes} records{answer.size.truncated ? ' (the analysis stopped at its limit)' : ''}
            {answer.approximate ? '; betweenness estimated from a sample' : ''}
            {complete ? '' : '; records added by expanding are not in it'}.
          </p>
          <ol className="explorer-players" aria-label="Key players">
            {answer.players.map((player) => (
              <li key={player.node.id}>
                <span className="explorer-rank">{player.rank}.</span>{' '}
                {graph.hasNode(player.node.id) ? (
                  <button type="button" className="link" onClick={() => onChoose(player.node.id)}>
                    {player.node.label}
                  </button>
                ) : (
                  <span title="Not in the view">{player.node.label}</span>
                )}{' '}
                <span className="hit-kind">{kindNames[player.node.kind]}</span> <span className="explorer-score">{scoreFormat.format(player.score)}</span>
              </li>
            ))}
          </ol>
          {answer.players.length === 0 ? <p className="muted">No records to rank by {titleCase(answer.measure)}.</p> : null}
        </>
      ) : null}
    </>
  );
}
