import { useCallback, useMemo, useRef, useState } from 'react';
import { withheldOf } from '../api/errors.js';
import { useCrosslinkQuery } from '../api/use-query.js';
import { hasRole } from '../session/session.js';
import { useSession } from '../session/use-session.js';
import { Link } from '../ui/Link.js';
import { Empty, Loading, Problem, WithheldNotice } from '../ui/states.js';
import { CommunitiesPanel } from './CommunitiesPanel.js';
import { ExportForm } from './ExportForm.js';
import { GraphCanvas, type CanvasApi } from './GraphCanvas.js';
import { kindColors, kindNames } from './graph-style.js';
import { KeyPlayersPanel } from './KeyPlayersPanel.js';
import { caseHighlight, casesOfRecord, placesMarked } from './linked-selection.js';
import { NetworkQuery, nodeKinds, type NetworkData } from './network-fields.js';
import { NodeList } from './NodeList.js';
import { PathsPanel } from './PathsPanel.js';
import { PlacesAndTimes } from './PlacesAndTimes.js';
import { recordOf } from './record-details.js';
import { ScopeControls } from './ScopeControls.js';
import { SelectedRecord } from './SelectedRecord.js';
import { defaultOptions, MAX_LIMIT, parseSeed, scopeFor, seedOf, viaArg, viewScope, type ScopeOptions, type Start } from './scope.js';
import { SearchStart } from './SearchStart.js';
import { useExplorerGraph } from './use-explorer-graph.js';
import { usePaths } from './use-paths.js';
import './explorer.css';
import './explorer-panels.css';

/**
 * The analyst's graph explorer: the network around a record or a case, as far as the viewer may see
 * it (what they may not see shows only as "Known to FORCE"), drawn with sigma; expand, paths, key
 * players, communities and export from the side panel, and under it the map and the timeline of
 * the same records, linked by selection. `seed` names the start ("Person:<id>", "Case:<id>").
 */
export function Explorer({ seed }: { seed: string | null }) {
  const { officer } = useSession();
  const start = useMemo(() => parseSeed(seed), [seed]);
  return (
    <section className="explorer" aria-labelledby="explorer-title">
      <div className="page-head">
        <h1 id="explorer-title">Network explorer</h1>
        <SearchStart />
        {hasRole(officer, 'analyst', 'supervisor') ? (
          <p className="hint">
            Or start from <Link to="/explorer?seed=everything">everything you may see</Link> (the hub’s analysts and supervisors; bounded by the records shown).
          </p>
        ) : null}
      </div>
      {seed !== null && seed !== '' && start === null ? (
        <div className="state problem" role="alert">
          <p>“{seed}” names no record the explorer can start from. Search for one instead.</p>
        </div>
      ) : null}
      {start === null ? <Empty>Search for a person, phone, vehicle or case to start</Empty> : <ExplorerView key={seedOf(start)} start={start} />}
    </section>
  );
}

function ExplorerView({ start }: { start: Start }) {
  const { officer } = useSession();
  const [options, setOptions] = useState<ScopeOptions>(defaultOptions);
  const scope = useMemo(() => scopeFor(start, options.hops), [start, options.hops]);
  const via = useMemo(() => viaArg(options.via), [options.via]);
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<NetworkData>({
    query: NetworkQuery,
    variables: { scope, via, limit: options.limit },
  });
  const network = data?.network;
  const explorer = useExplorerGraph(network, via, options.limit);
  const { graph, version, expand } = explorer;
  const paths = usePaths();
  const view = useMemo(() => viewScope(start, options.hops, explorer.expanded), [start, options.hops, explorer.expanded]);
  const canvas = useRef<CanvasApi | null>(null);
  // The record started from is selected once it is drawn.
  const [chosen, setChosen] = useState<string | null>(start.kind === 'record' ? start.record.id : null);
  const selected = chosen !== null && graph.hasNode(chosen) ? chosen : null;
  // A case chosen on the timeline lights up its records and links, unless paths are shown.
  const [chosenCase, setChosenCase] = useState<string | null>(null);
  const caseLight = useMemo(() => (chosenCase === null ? null : caseHighlight(graph, chosenCase)), [graph, version, chosenCase]);
  const markedPlaces = useMemo(() => placesMarked(graph, selected, caseLight), [graph, version, selected, caseLight]);
  const markedCases = useMemo(() => (selected === null ? new Set<string>() : casesOfRecord(graph, selected)), [graph, version, selected]);

  const onExpand = useCallback(
    (node: string) => {
      const record = recordOf(graph, node);
      if (record !== null) expand(record);
    },
    [graph, expand],
  );
  const select = useCallback((node: string | null) => {
    setChosen(node);
    setChosenCase(null);
  }, []);
  const choose = useCallback(
    (node: string) => {
      select(node);
      canvas.current?.focus(node);
    },
    [select],
  );
  const end = (node: string) => {
    const record = recordOf(graph, node);
    return record === null ? null : { record, label: graph.getNodeAttribute(node, 'label') };
  };

  const records = graph.order;
  const summary =
    network === undefined
      ? 'Network graph'
      : `Network graph of ${records} records and ${graph.size} links. Select records from the list of records in view; the side panel offers every action.`;

  return (
    <>
      <ScopeControls options={options} onApply={setOptions} busy={fetching || explorer.layingOut} />
      <div className="explorer-status">
        {fetching && network === undefined ? <Loading what="the network" /> : null}
        {explorer.layingOut ? <Loading what="the layout" /> : null}
        <Problem error={error} retry={() => reexecute({ requestPolicy: 'network-only' })} />
        <WithheldNotice withheld={withheldOf(extensions)} />
        {network !== undefined ? (
          <p className="hint" aria-live="polite">
            {network.nodes.length} records and {network.edges.length} links
            {network.withheld.length > 0
              ? `; ${network.withheld.length} ${network.withheld.length === 1 ? 'force knows' : 'forces know'} of more you may not see`
              : ''}
            {explorer.expanded.length > 0 ? `; ${explorer.expanded.length} expanded, ${records} in view` : ''}.
          </p>
        ) : null}
        {network?.truncated ? (
          <p className="state withheld" role="note">
            The limit of {options.limit} records stopped the network growing: the scope holds more. Raise the limit, or follow fewer kinds of link.
          </p>
        ) : null}
        {network !== undefined && network.nodes.length === 0 ? <Empty>Nothing you may see is linked to this record.</Empty> : null}
      </div>
      <div className="explorer-body">
        <div className="explorer-main">
          <GraphCanvas
            graph={graph}
            version={version}
            selected={selected}
            highlight={paths.highlight ?? caseLight}
            label={summary}
            onSelect={select}
            onExpand={onExpand}
            api={canvas}
          />
          <ul className="explorer-legend explorer-kinds" aria-label="Colours by kind">
            {[...nodeKinds, 'WITHHELD' as const].map((kind) => (
              <li key={kind}>
                <span className="explorer-swatch" style={{ background: kindColors[kind] }} aria-hidden="true" /> {kindNames[kind]}
              </li>
            ))}
          </ul>
          <p className="hint">Click a record to select it, double-click to expand it; drag to pan, scroll to zoom.</p>
          <PlacesAndTimes
            graph={graph}
            version={version}
            selected={selected}
            chosenCase={caseLight === null ? null : chosenCase}
            markedPlaces={markedPlaces}
            markedCases={markedCases}
            onChooseRecord={choose}
            onChooseCase={setChosenCase}
          />
        </div>
        <aside className="explorer-side" aria-label="Selected record and analysis">
          <SelectedRecord
            graph={graph}
            version={version}
            node={selected}
            expanding={explorer.expanding}
            expandError={explorer.expandError}
            onExpand={onExpand}
            onPathFrom={(node) => {
              const from = end(node);
              if (from !== null) paths.setFrom(from);
            }}
            onPathTo={(node) => {
              const to = end(node);
              if (to !== null) paths.setTo(to);
            }}
            onSelect={choose}
            onFocus={(node) => canvas.current?.focus(node)}
          />
          <NodeList graph={graph} version={version} selected={selected} onChoose={choose} />
          <PathsPanel state={paths} graph={graph} via={via} merge={explorer.merge} />
          <KeyPlayersPanel graph={graph} version={version} scope={view.scope} via={via} complete={view.complete} onChoose={choose} />
          <CommunitiesPanel graph={graph} version={version} scope={view.scope} via={via} complete={view.complete} />
          {hasRole(officer, 'analyst', 'supervisor') ? (
            <ExportForm scope={view.scope} via={via} limit={Math.min(MAX_LIMIT, Math.max(options.limit, records))} complete={view.complete} />
          ) : null}
        </aside>
      </div>
    </>
  );
}
