import { useMemo, useState } from 'react';
import type { ExplorerGraph } from './graph-types.js';
import { kindColors, kindNames } from './graph-style.js';
import { findNodes } from './record-details.js';

const SHOWN = 200;

/**
 * The records in view as a list (the first 200 by name, filterable), so a record can be chosen
 * without the mouse: choosing one selects it as a click on the graph would. Read only while open.
 */
export function NodeList({
  graph,
  version,
  selected,
  onChoose,
}: {
  graph: ExplorerGraph;
  version: number;
  selected: string | null;
  onChoose: (node: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const found = useMemo(() => (open ? findNodes(graph, text, SHOWN) : null), [open, graph, version, text]);
  return (
    <details className="explorer-panel explorer-nodes" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Records in view</summary>
      {found !== null ? (
        <>
          <label htmlFor="explorer-node-filter">Filter by name</label>
          <input id="explorer-node-filter" type="search" value={text} onChange={(event) => setText(event.target.value)} />
          <p className="hint" aria-live="polite">
            {found.matched > found.entries.length ? `The first ${found.entries.length} of ${found.matched}` : `${found.matched}`}{' '}
            {found.matched === 1 ? 'record' : 'records'}
          </p>
          <ul className="explorer-node-list" aria-label="Records in view">
            {found.entries.map((entry) => (
              <li key={entry.id}>
                <button type="button" className="link" aria-current={entry.id === selected ? 'true' : undefined} onClick={() => onChoose(entry.id)}>
                  <span className="explorer-swatch" style={{ background: kindColors[entry.kind] }} aria-hidden="true" /> {entry.label}
                </button>{' '}
                <span className="hit-kind">{kindNames[entry.kind]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
