import { useMemo } from 'react';
import { useSession } from '../session/use-session.js';
import { ForceBadge } from '../ui/Badge.js';
import { formatDate } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import type { TimelineCase } from './linked-selection.js';
import { timeScale } from './timeline-scale.js';

/** How close (along the axis, 0 to 1) two cases may sit before the later one moves up a lane. */
const CROWDED = 0.035;
const MAX_LANES = 5;

function openedOn(found: TimelineCase): string {
  return found.openedAt === null ? 'date not recorded' : `opened ${formatDate(found.openedAt)}`;
}

/** Each case's place along the axis and its lane, so cases opened close together do not overlap. */
function placed(cases: readonly TimelineCase[]) {
  const scale = timeScale(cases.map((found) => found.openedAt));
  const lanes: number[] = [];
  const items = cases.map((found) => {
    const at = scale.position(found.openedAt) ?? 1;
    let lane = lanes.findIndex((end) => at - end >= CROWDED);
    if (lane === -1) lane = lanes.length < MAX_LANES ? lanes.length : lanes.length - 1;
    lanes[lane] = at;
    return { found, at, lane };
  });
  return { items, ticks: scale.ticks, lanes: Math.max(1, lanes.length) };
}

/**
 * When the network's cases were opened, on one axis. A case is a button: choosing it lights up what
 * it asserts in the graph and on the map; the cases of the record chosen elsewhere are marked.
 */
export function Timeline({
  cases,
  chosen,
  marked,
  onChoose,
}: {
  cases: readonly TimelineCase[];
  chosen: string | null;
  marked: ReadonlySet<string>;
  onChoose: (caseId: string | null) => void;
}) {
  const { officer } = useSession();
  const { items, ticks, lanes } = useMemo(() => placed(cases), [cases]);
  const current = cases.find((found) => found.id === chosen) ?? null;
  if (cases.length === 0) return <p className="hint">No case of the links in view has been read yet.</p>;
  return (
    <div className="timeline">
      <div className="timeline-track" style={{ height: `${lanes * 1.6 + 1.8}rem` }}>
        <ol className="timeline-cases" aria-label="Cases on the timeline">
          {items.map(({ found, at, lane }) => {
            const isMarked = marked.has(found.id);
            return (
              <li key={found.id} style={{ left: `${at * 100}%`, bottom: `${lane * 1.6 + 1.8}rem` }}>
                <button
                  type="button"
                  className={`timeline-case${isMarked ? ' marked' : ''}`}
                  aria-pressed={chosen === found.id}
                  title={`${found.reference} (${found.force}), ${openedOn(found)}`}
                  aria-label={`${found.reference}, ${found.force}, ${openedOn(found)}${isMarked ? ', links the chosen record' : ''}`}
                  onClick={() => onChoose(chosen === found.id ? null : found.id)}
                />
              </li>
            );
          })}
        </ol>
        <ol className="timeline-ticks" aria-hidden="true">
          {ticks.map((tick) => (
            <li key={tick.label} style={{ left: `${tick.at * 100}%` }}>
              {tick.label}
            </li>
          ))}
        </ol>
      </div>
      <p className="timeline-caption" aria-live="polite">
        {current === null ? (
          'Choose a case to light up the records and links it asserts.'
        ) : (
          <>
            <strong>{current.reference}</strong> <ForceBadge code={current.force} own={officer.force} /> {openedOn(current)}
            {current.title !== null ? ` · ${current.title}` : ''} · {current.links} {current.links === 1 ? 'link' : 'links'} in view ·{' '}
            <Link to={`/cases/${encodeURIComponent(current.reference)}`}>Open the case</Link>{' '}
            <button type="button" className="link" onClick={() => onChoose(null)}>
              Clear
            </button>
          </>
        )}
      </p>
    </div>
  );
}
