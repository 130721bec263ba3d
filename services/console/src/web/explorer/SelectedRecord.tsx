import { useMemo } from 'react';
import type { CombinedError } from 'urql';
import { useSession } from '../session/use-session.js';
import { Badge, ForceBadge } from '../ui/Badge.js';
import { Link } from '../ui/Link.js';
import { Problem } from '../ui/states.js';
import type { ExplorerGraph } from './graph-types.js';
import { kindColors, kindNames } from './graph-style.js';
import { recordDetails } from './record-details.js';
import { linkName } from './ScopeControls.js';

const caseHref = (reference: string) => `/cases/${encodeURIComponent(reference)}`;

/** The selected node: what the network answer says of it, and what may be done from it. */
export function SelectedRecord({
  graph,
  version,
  node,
  expanding,
  expandError,
  onExpand,
  onPathFrom,
  onPathTo,
  onSelect,
  onFocus,
}: {
  graph: ExplorerGraph;
  version: number;
  node: string | null;
  expanding: string | null;
  expandError: CombinedError | undefined;
  onExpand: (node: string) => void;
  onPathFrom: (node: string) => void;
  onPathTo: (node: string) => void;
  onSelect: (node: string) => void;
  onFocus: (node: string) => void;
}) {
  const { officer } = useSession();
  // version: the graph changes in place, so its count says when to read the node again.
  const details = useMemo(() => (node === null ? null : recordDetails(graph, node)), [graph, version, node]);
  return (
    <section className="explorer-panel" aria-labelledby="explorer-selected-title">
      <h2 id="explorer-selected-title">Selected</h2>
      {details === null ? (
        <p className="muted">Click a record in the graph, or choose one from the list of records in view.</p>
      ) : details.kind === 'WITHHELD' ? (
        <>
          <p className="explorer-selected-name">
            <span className="explorer-swatch" style={{ background: kindColors.WITHHELD }} aria-hidden="true" /> {details.label}
          </p>
          <p className="state withheld">{details.message}</p>
          {details.touches !== null ? <SelectTouched touches={details.touches} onSelect={onSelect} /> : null}
        </>
      ) : (
        <>
          <p className="explorer-selected-name">
            <span className="explorer-swatch" style={{ background: kindColors[details.kind] }} aria-hidden="true" /> <strong>{details.label}</strong>{' '}
            <span className="hit-kind">{kindNames[details.kind]}</span>
          </p>
          {details.forces.length > 0 ? (
            <p className="explorer-badges" aria-label="Forces whose cases link it">
              {details.forces.map((force) => (
                <ForceBadge key={force} code={force} own={officer.force} />
              ))}
            </p>
          ) : null}
          <div className="explorer-actions">
            <button type="button" onClick={() => onExpand(details.id)} disabled={expanding !== null}>
              {expanding === details.id ? 'Expanding…' : 'Expand'}
            </button>
            <button type="button" className="secondary" onClick={() => onPathFrom(details.id)}>
              Path from here
            </button>
            <button type="button" className="secondary" onClick={() => onPathTo(details.id)}>
              Path to here
            </button>
            <button type="button" className="secondary" onClick={() => onFocus(details.id)}>
              Show in graph
            </button>
          </div>
          <Problem error={expandError} retry={() => onExpand(details.id)} />
          {details.links.length > 0 ? (
            <p className="hint">Links in view: {details.links.map((link) => `${linkName(link.kind)} ${link.count}`).join(' · ')}</p>
          ) : null}
          <h3>Cases it comes from</h3>
          {details.cases.length === 0 ? (
            <p className="muted">No case in view links it yet: expand it to see its links.</p>
          ) : (
            <ul className="explorer-cases" aria-label={`Cases linking ${details.label}`}>
              {details.cases.map((source) => (
                <li key={source.reference}>
                  <Link to={caseHref(source.reference)}>{source.reference}</Link>{' '}
                  {source.force !== null ? <ForceBadge code={source.force} own={officer.force} /> : null}
                </li>
              ))}
            </ul>
          )}
          {details.knownTo.length > 0 ? (
            <ul className="explorer-known" aria-label="Known elsewhere">
              {details.knownTo.map((known) => (
                <li key={known.marker}>
                  <Badge tone="warn">{known.force}</Badge> {known.message}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}

function SelectTouched({ touches, onSelect }: { touches: { id: string; label: string }; onSelect: (node: string) => void }) {
  return (
    <button type="button" className="secondary" onClick={() => onSelect(touches.id)}>
      Select {touches.label}
    </button>
  );
}
