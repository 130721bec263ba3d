import { useEffect } from 'react';
import type { LinkKind } from '../api/schema-enums.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { useSession } from '../session/use-session.js';
import { ForceBadge } from '../ui/Badge.js';
import { Link } from '../ui/Link.js';
import { Loading, Problem } from '../ui/states.js';
import type { ExplorerGraph } from './graph-types.js';
import { PathsQuery, type Network, type PathsData, type RecordRef } from './network-fields.js';
import { pathHighlight, pathsAsNetwork, stepsOf, type Highlight } from './paths.js';
import { MAX_PATH_HOPS } from './scope.js';
import { linkName } from './ScopeControls.js';
import type { PathsState } from './use-paths.js';

/** The two ends chosen, how far to look, and each shortest path found, step by step. */
export function PathsPanel({
  state,
  graph,
  via,
  merge,
}: {
  state: PathsState;
  graph: ExplorerGraph;
  via: LinkKind[] | null;
  merge: (network: Network) => void;
}) {
  const { from, to } = state;
  return (
    <section className="explorer-panel" aria-labelledby="explorer-paths-title">
      <h2 id="explorer-paths-title">Shortest paths</h2>
      <dl className="facts">
        <dt>From</dt>
        <dd>{from?.label ?? <span className="muted">choose a record, then “Path from here”</span>}</dd>
        <dt>To</dt>
        <dd>{to?.label ?? <span className="muted">choose a record, then “Path to here”</span>}</dd>
      </dl>
      <div className="explorer-inline">
        <div>
          <label htmlFor="explorer-max-hops">At most</label>
          <select id="explorer-max-hops" value={state.maxHops} onChange={(event) => state.setMaxHops(Number(event.target.value))}>
            {Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? 'link' : 'links'}
              </option>
            ))}
          </select>
        </div>
        {from !== null || to !== null ? (
          <button type="button" className="secondary" onClick={state.clear}>
            Clear path
          </button>
        ) : null}
      </div>
      {from !== null && to !== null && from.record.id === to.record.id ? <p className="hint">Choose two different records.</p> : null}
      {from !== null && to !== null && from.record.id !== to.record.id ? (
        <PathsFound graph={graph} from={from.record} to={to.record} maxHops={state.maxHops} via={via} merge={merge} onHighlight={state.setHighlight} />
      ) : null}
    </section>
  );
}

/**
 * The paths between two records (Query.paths), mounted only once both are chosen: their records are
 * merged into the view so every step can be drawn, and highlighted while the list shows.
 */
function PathsFound({
  graph,
  from,
  to,
  maxHops,
  via,
  merge,
  onHighlight,
}: {
  graph: ExplorerGraph;
  from: RecordRef;
  to: RecordRef;
  maxHops: number;
  via: LinkKind[] | null;
  merge: (network: Network) => void;
  onHighlight: (highlight: Highlight | null) => void;
}) {
  const { officer } = useSession();
  const [{ data, error, fetching }, reexecute] = useCrosslinkQuery<PathsData>({ query: PathsQuery, variables: { from, to, maxHops, via } });
  const paths = data?.paths;

  useEffect(() => {
    if (paths === undefined) return;
    if (paths.paths.length > 0) merge(pathsAsNetwork(paths));
    onHighlight(pathHighlight(paths));
    return () => onHighlight(null);
  }, [paths, graph, merge, onHighlight]);

  return (
    <>
      {fetching && paths === undefined ? <Loading what="paths" /> : null}
      <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
      {paths !== undefined && paths.paths.length === 0 ? (
        <p className="state empty">
          No chain of links you may see joins them within {maxHops} {maxHops === 1 ? 'link' : 'links'}.
          {paths.truncated ? ' The search stopped early: a path may exist beyond what it reached.' : ''}
        </p>
      ) : null}
      {paths !== undefined && paths.paths.length > 0 ? (
        <>
          <p className="hint">
            {paths.paths.length} shortest {paths.paths.length === 1 ? 'path' : 'paths'} of {paths.hops} {paths.hops === 1 ? 'link' : 'links'}
            {paths.truncated ? '; the search stopped early, so others may exist' : ''}.
          </p>
          <ol className="explorer-paths" aria-label="Shortest paths">
            {paths.paths.map((path, index) => (
              <li key={index}>
                <ol className="explorer-steps" aria-label={`Path ${index + 1}`}>
                  {stepsOf(path).map((step, position) => (
                    <li key={position}>
                      <span className="explorer-step-ends">
                        {step.from} → {step.to}
                      </span>
                      <ul className="explorer-step-links">
                        {step.links.map((link, n) => (
                          <li key={n}>
                            {linkName(link.kind)}
                            {link.caseReference !== null ? (
                              <>
                                {' · '}
                                <Link to={`/cases/${encodeURIComponent(link.caseReference)}`}>{link.caseReference}</Link>
                              </>
                            ) : null}
                            {link.force !== null ? (
                              <>
                                {' '}
                                <ForceBadge code={link.force} own={officer.force} />
                              </>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
