import { useState } from 'react';
import type { RecordRef } from './network-fields.js';
import type { Highlight } from './paths.js';

export interface PathEnd {
  record: RecordRef;
  label: string;
}

export interface PathsState {
  from: PathEnd | null;
  to: PathEnd | null;
  maxHops: number;
  /** What the paths found keep bright; set by the list of paths while it shows some. */
  highlight: Highlight | null;
  setFrom(end: PathEnd): void;
  setTo(end: PathEnd): void;
  setMaxHops(hops: number): void;
  setHighlight(highlight: Highlight | null): void;
  clear(): void;
}

/** The two ends of the shortest paths asked for, how far to look, and what the answer highlights. */
export function usePaths(): PathsState {
  const [from, setFrom] = useState<PathEnd | null>(null);
  const [to, setTo] = useState<PathEnd | null>(null);
  const [maxHops, setMaxHops] = useState(4);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  return {
    from,
    to,
    maxHops,
    highlight,
    setFrom,
    setTo,
    setMaxHops,
    setHighlight,
    clear() {
      setFrom(null);
      setTo(null);
    },
  };
}
