import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from './graph-types.js';

export interface Point {
  x: number;
  y: number;
}

/** A number in [0, 1) drawn from a string (FNV-1a): the same record always lands in the same place. */
export function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 0x1_0000_0000;
}

/** Where a record starts before the layout: spread at random (seeded by its id) over a disc sized for the graph. */
export function initialPosition(id: string, order: number): Point {
  const radius = 10 * Math.sqrt(Math.max(order, 1)) + 10;
  const angle = 2 * Math.PI * unitHash(id);
  const distance = radius * Math.sqrt(unitHash(`${id}#r`));
  return { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
}

/** Where a record merged into a laid-out graph goes: around its anchor, within `spread`. */
export function positionNear(anchor: Point, id: string, spread: number): Point {
  const angle = 2 * Math.PI * unitHash(id);
  const distance = spread * (0.5 + 0.5 * unitHash(`${id}#r`));
  return { x: anchor.x + distance * Math.cos(angle), y: anchor.y + distance * Math.sin(angle) };
}

/** About the length of a link in a laid-out graph: how far from its anchor a merged record is put. */
export function neighbourSpread(graph: ExplorerGraph): number {
  if (graph.order < 2) return 10;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const extent = (maxX - minX + (maxY - minY)) / 2;
  return Math.max(1, (1.5 * extent) / Math.sqrt(graph.order));
}

/** ForceAtlas2 iterations: a full run on a small graph, fewer past 2,000 records to keep the wait short. */
export function layoutIterations(order: number): number {
  if (order <= 500) return 200;
  if (order <= 2_000) return 120;
  if (order <= 5_000) return 50;
  return 30;
}

/** Iterations run at once by layOutInSlices: a few tens of milliseconds' work on a desktop whatever the size. */
export function sliceIterations(order: number): number {
  return Math.min(50, Math.max(1, Math.round(40_000 / Math.max(order, 1))));
}

/** Lays the graph out in place (synchronous ForceAtlas2, settings inferred from its size). */
export function layOut(graph: ExplorerGraph): void {
  if (graph.order < 2) return;
  forceAtlas2.assign(graph, { iterations: layoutIterations(graph.order), settings: forceAtlas2.inferSettings(graph) });
}

/**
 * The same layout run in slices of synchronous ForceAtlas2 iterations, yielding to the browser
 * between them, so a 5,000-record graph does not freeze the page for the seconds it takes. Calls
 * `done` once laid out; answers a function that stops it.
 */
export function layOutInSlices(graph: ExplorerGraph, done: () => void): () => void {
  const settings = forceAtlas2.inferSettings(Math.max(graph.order, 1));
  const slice = sliceIterations(graph.order);
  let left = graph.order < 2 ? 0 : layoutIterations(graph.order);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const step = () => {
    const now = Math.min(slice, left);
    if (now > 0) forceAtlas2.assign(graph, { iterations: now, settings });
    left -= now;
    timer = left > 0 ? setTimeout(step, 0) : null;
    if (left <= 0) done();
  };
  timer = setTimeout(step, 0);
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}
