import { useEffect, useRef, useState, type RefObject } from 'react';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from './graph-types.js';
import { dimmedEdge, dimmedNode, labelThreshold } from './graph-style.js';
import type { Highlight } from './paths.js';
import { CircleProgramSkippingPickWhileDragging, skipHoverWhileDragging } from './hover-picking.js';

/** What the rest of the explorer may ask of the canvas. */
export interface CanvasApi {
  /** Moves the camera onto a node. */
  focus(node: string): void;
}

interface View {
  graph: ExplorerGraph;
  selected: string | null;
  highlight: Highlight | null;
}

/**
 * The WebGL drawing of the graph. One Sigma instance for the explorer's life: a new answer swaps
 * the graph in (setGraph), an expansion changes it in place (sigma follows the graph's events), and
 * selection and highlight go through the reducers, so React holds nothing per node.
 */
export function GraphCanvas({
  graph,
  version,
  selected,
  highlight,
  label,
  onSelect,
  onExpand,
  api,
}: {
  graph: ExplorerGraph;
  version: number;
  selected: string | null;
  highlight: Highlight | null;
  label: string;
  onSelect: (node: string | null) => void;
  onExpand: (node: string) => void;
  api: RefObject<CanvasApi | null>;
}) {
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma<NodeAttrs, EdgeAttrs> | null>(null);
  const view = useRef<View>({ graph, selected, highlight });
  const handlers = useRef({ onSelect, onExpand });
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    handlers.current = { onSelect, onExpand };
  }, [onSelect, onExpand]);

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    let instance: Sigma<NodeAttrs, EdgeAttrs>;
    try {
      const { graph: drawn } = view.current;
      instance = new Sigma<NodeAttrs, EdgeAttrs>(drawn, element, {
        zIndex: true,
        nodeProgramClasses: { circle: CircleProgramSkippingPickWhileDragging<NodeAttrs, EdgeAttrs> },
        allowInvalidContainer: true,
        labelRenderedSizeThreshold: labelThreshold(drawn.order),
        labelFont: 'system-ui, sans-serif',
        labelColor: { color: '#1b2430' },
        defaultEdgeColor: '#c8ced6',
        nodeReducer: (node, data) => nodeLook(node, data, view.current),
        edgeReducer: (edge, data) => edgeLook(edge, data, view.current),
      });
    } catch (error: unknown) {
      setFailed(error instanceof Error ? error.message : String(error));
      return;
    }
    skipHoverWhileDragging(instance);
    instance.on('clickNode', ({ node }) => handlers.current.onSelect(node));
    instance.on('clickStage', () => handlers.current.onSelect(null));
    instance.on('doubleClickNode', (payload) => {
      payload.preventSigmaDefault();
      handlers.current.onExpand(payload.node);
    });
    instance.on('enterNode', () => {
      element.style.cursor = 'pointer';
    });
    instance.on('leaveNode', () => {
      element.style.cursor = '';
    });
    sigma.current = instance;
    api.current = {
      focus(node) {
        const at = instance.getNodeDisplayData(node);
        if (at !== undefined) void instance.getCamera().animate({ x: at.x, y: at.y, ratio: Math.min(instance.getCamera().ratio, 0.5) }, { duration: 400 });
      },
    };
    return () => {
      api.current = null;
      sigma.current = null;
      instance.kill();
    };
  }, [api]);

  useEffect(() => {
    const instance = sigma.current;
    if (instance === null) return;
    view.current = { ...view.current, graph };
    if (instance.getGraph() !== graph) {
      instance.setGraph(graph);
      instance.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    }
    instance.setSettings({
      labelRenderedSizeThreshold: labelThreshold(graph.order),
      hideEdgesOnMove: graph.size > 3_000,
      hideLabelsOnMove: graph.order > 2_000,
    });
  }, [graph, version]);

  useEffect(() => {
    view.current = { ...view.current, selected, highlight };
    sigma.current?.refresh();
  }, [selected, highlight]);

  return (
    <div className="explorer-canvas-wrap">
      <div ref={container} className="explorer-canvas" role="img" aria-label={label} />
      {failed !== null ? (
        <div className="state problem explorer-canvas-failed" role="alert">
          <p>
            <strong>This browser cannot draw the graph.</strong> The lists beside it still work.
          </p>
          <p className="code">{failed}</p>
        </div>
      ) : null}
    </div>
  );
}

function nodeLook(node: string, data: NodeAttrs, view: View): Partial<NodeDisplayData> {
  const look: Partial<NodeDisplayData> = { ...data };
  if (view.highlight !== null) {
    if (view.highlight.nodes.has(node)) {
      look.zIndex = 1;
      look.forceLabel = true;
    } else {
      look.color = dimmedNode;
      look.label = null;
      look.zIndex = 0;
    }
  }
  if (node === view.selected) {
    look.highlighted = true;
    look.forceLabel = true;
    look.zIndex = 2;
  }
  return look;
}

function edgeLook(edge: string, data: EdgeAttrs, view: View): Partial<EdgeDisplayData> {
  const { graph } = view;
  const look: Partial<EdgeDisplayData> = { ...data };
  if (view.highlight !== null) {
    if (view.highlight.edges.has(edge)) {
      look.size = 3;
      look.zIndex = 1;
    } else {
      look.color = dimmedEdge;
      look.zIndex = 0;
    }
  } else if (view.selected !== null && graph.hasNode(view.selected) && graph.hasExtremity(edge, view.selected)) {
    look.size = 2;
    look.zIndex = 1;
  }
  return look;
}
