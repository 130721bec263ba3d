import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { LinkKind } from '../api/schema-enums.js';
import { buildGraph, createGraph, mergeNetwork, networkFingerprint } from './graph-build.js';
import type { ExplorerGraph } from './graph-types.js';
import { layOutInSlices } from './layout.js';
import { NetworkQuery, type Network, type NetworkData, type RecordRef } from './network-fields.js';
import { expansionScope } from './scope.js';

export interface ExplorerGraphState {
  /** The graph drawn: replaced when a new answer is laid out, changed in place by a merge. */
  graph: ExplorerGraph;
  /** Counts changes, so views reading the graph render again. */
  version: number;
  /** True while a new answer is being laid out. */
  layingOut: boolean;
  /** Records expanded since the answer was laid out. */
  expanded: RecordRef[];
  expanding: string | null;
  expandError: CombinedError | undefined;
  expand(record: RecordRef): void;
  /** Merges more records (a path's) into the view, each beside what it links to. */
  merge(network: Network): void;
}

/**
 * Holds the explorer's graph outside React state: an answer is built and laid out once (in an
 * effect, in slices that leave the page responsive; the graph shown stays until the new one is
 * ready), and the same answer read again is not laid out anew, so expansions survive a cached
 * answer being confirmed by the network.
 */
export function useExplorerGraph(network: Network | undefined, via: LinkKind[] | null, limit: number): ExplorerGraphState {
  const client = useClient();
  const [state, setState] = useState(() => ({ graph: createGraph(), version: 0, expanded: [] as RecordRef[] }));
  const [layingOut, setLayingOut] = useState(false);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [expandError, setExpandError] = useState<CombinedError | undefined>(undefined);
  /** The answer drawn, and the one being laid out (with what stops it). */
  const laidOut = useRef<string | null>(null);
  const job = useRef<{ fingerprint: string; stop: () => void } | null>(null);

  useEffect(() => {
    if (network === undefined) return;
    const fingerprint = networkFingerprint(network);
    if (job.current?.fingerprint === fingerprint) return;
    job.current?.stop();
    job.current = null;
    if (laidOut.current === fingerprint) {
      setLayingOut(false);
      return;
    }
    setLayingOut(true);
    const graph = buildGraph(network);
    const stop = layOutInSlices(graph, () => {
      job.current = null;
      laidOut.current = fingerprint;
      setState((previous) => ({ graph, version: previous.version + 1, expanded: [] }));
      setExpandError(undefined);
      setLayingOut(false);
    });
    job.current = { fingerprint, stop };
  }, [network]);

  useEffect(
    () => () => {
      job.current?.stop();
      job.current = null;
    },
    [],
  );

  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  }, [state]);

  /** Merges into the graph drawn now (outside the state updater, which React may call twice). */
  const mergeInto = useCallback((more: Network, near: string | null, expandedRecord: RecordRef | null) => {
    const { graph } = current.current;
    if (near !== null && !graph.hasNode(near)) return;
    const before = graph.order + graph.size;
    mergeNetwork(graph, more, near);
    const grew = graph.order + graph.size !== before;
    setState((previous) => {
      if (previous.graph !== graph) return previous;
      const known = expandedRecord === null || previous.expanded.some((done) => done.id === expandedRecord.id);
      if (!grew && known) return previous;
      return { graph, version: previous.version + 1, expanded: known ? previous.expanded : [...previous.expanded, expandedRecord] };
    });
  }, []);

  const merge = useCallback((more: Network) => mergeInto(more, null, null), [mergeInto]);

  const expand = useCallback(
    (record: RecordRef) => {
      setExpanding(record.id);
      setExpandError(undefined);
      void client
        .query<NetworkData>(NetworkQuery, { scope: expansionScope(record), via, limit }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          setExpanding(null);
          if (result.error !== undefined || result.data === undefined) {
            setExpandError(result.error);
            return;
          }
          mergeInto(result.data.network, record.id, record);
        });
    },
    [client, via, limit, mergeInto],
  );

  return { ...state, layingOut, expanding, expandError, expand, merge };
}
