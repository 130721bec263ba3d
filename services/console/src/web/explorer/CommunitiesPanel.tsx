import { useEffect, useState } from 'react';
import type { LinkKind } from '../api/schema-enums.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { Loading, Problem } from '../ui/states.js';
import type { ExplorerGraph } from './graph-types.js';
import { applyCommunities, clearCommunities, communityPalette, otherCommunity, type LegendEntry } from './graph-style.js';
import { CommunitiesQuery, type CommunitiesData, type NetworkScope } from './network-fields.js';

const modularityFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

interface Props {
  graph: ExplorerGraph;
  version: number;
  scope: NetworkScope;
  via: LinkKind[] | null;
  complete: boolean;
}

/** The groups of the view (Query.communities, Louvain): records coloured by group, with a legend. */
export function CommunitiesPanel(props: Props) {
  const [shown, setShown] = useState(false);
  return (
    <section className="explorer-panel" aria-labelledby="explorer-communities-title">
      <h2 id="explorer-communities-title">Communities</h2>
      <label className="explorer-check">
        <input type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} /> Colour records by community
      </label>
      {shown ? <Communities {...props} /> : null}
    </section>
  );
}

/** Mounted only while shown: the query, the colours it gives and the legend. */
function Communities({ graph, version, scope, via, complete }: Props) {
  const [legend, setLegend] = useState<LegendEntry[]>([]);
  const [{ data, error, fetching }, reexecute] = useCrosslinkQuery<CommunitiesData>({ query: CommunitiesQuery, variables: { scope, via } });
  const answer = data?.communities;

  useEffect(() => {
    if (answer === undefined) return;
    setLegend(applyCommunities(graph, answer.groups));
    return () => clearCommunities(graph);
  }, [graph, version, answer]);

  const named = legend.slice(0, communityPalette.length);
  const rest = legend.slice(communityPalette.length);
  return (
    <>
      {fetching && answer === undefined ? <Loading what="communities" /> : null}
      <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      {answer !== undefined ? (
        <>
          <p className="hint">
            {answer.groups.length} {answer.groups.length === 1 ? 'group' : 'groups'} across {answer.size.nodes} records, modularity{' '}
            {modularityFormat.format(answer.modularity)}
            {answer.size.truncated ? ' (the analysis stopped at its limit)' : ''}
            {complete ? '' : '; records added by expanding are not in it'}.
          </p>
          <ul className="explorer-legend" aria-label="Communities">
            {named.map((entry, position) => (
              <li key={entry.index}>
                <span className="explorer-swatch" style={{ background: entry.color }} aria-hidden="true" /> Group {position + 1}: {entry.size}{' '}
                {entry.size === 1 ? 'record' : 'records'} ({entry.inView} in view)
              </li>
            ))}
            {rest.length > 0 ? (
              <li>
                <span className="explorer-swatch" style={{ background: otherCommunity }} aria-hidden="true" /> {rest.length} smaller groups:{' '}
                {rest.reduce((sum, entry) => sum + entry.size, 0)} records ({rest.reduce((sum, entry) => sum + entry.inView, 0)} in view)
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </>
  );
}
