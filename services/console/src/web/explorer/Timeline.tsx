import { useMemo, useState } from 'react';
import { useSession } from '../session/use-session.js';
import { ForceBadge } from '../ui/Badge.js';
import { formatDate, titleCase } from '../ui/format.js';
import { Link } from '../ui/Link.js';
import type { TimelineItem } from './linked-selection.js';
import { timeScale } from './timeline-scale.js';

/** How close (along the axis, 0 to 1) two marks may sit before the later one moves up a lane. */
const CROWDED = 0.035;
const MAX_LANES = 5;

function whatWhen(item: TimelineItem): string {
  const what = item.kind === null ? 'Case opened' : titleCase(item.kind);
  return `${what}, ${item.at === null ? 'date not recorded' : formatDate(item.at)}`;
}

/** Each mark's place along the axis and its lane, so marks close together do not overlap. */
function placed(items: readonly TimelineItem[]) {
  const scale = timeScale(items.map((item) => item.at));
  const lanes: number[] = [];
  const marks = items.map((item) => {
    const at = scale.position(item.at) ?? 1;
    let lane = lanes.findIndex((end) => at - end >= CROWDED);
    if (lane === -1) lane = lanes.length < MAX_LANES ? lanes.length : lanes.length - 1;
    lanes[lane] = at;
    return { item, at, lane };
  });
  return { marks, ticks: scale.ticks, lanes: Math.max(1, lanes.length) };
}

/**
 * What happened in the network's cases, on one axis: their events, or a case's opening when none is
 * recorded. A mark is a button: choosing it chooses its case, which lights up what the case asserts
 * in the graph and on the map; the marks of cases linking the record chosen elsewhere are amber.
 */
export function Timeline({
  items,
  chosenCase,
  marked,
  onChoose,
}: {
  items: readonly TimelineItem[];
  chosenCase: string | null;
  marked: ReadonlySet<string>;
  onChoose: (caseId: string | null) => void;
}) {
  const { officer } = useSession();
  const { marks, ticks, lanes } = useMemo(() => placed(items), [items]);
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const current =
    chosenCase === null
      ? null
      : (items.find((item) => item.key === chosenKey && item.caseId === chosenCase) ?? items.find((item) => item.caseId === chosenCase) ?? null);
  if (items.length === 0) return <p className="hint">No case of the links in view has been read yet.</p>;
  const choose = (item: TimelineItem | null) => {
    setChosenKey(item?.key ?? null);
    onChoose(item?.caseId ?? null);
  };
  return (
    <div className="timeline">
      <div className="timeline-track" style={{ height: `${lanes * 1.6 + 1.8}rem` }}>
        <ol className="timeline-cases" aria-label="Events on the timeline">
          {marks.map(({ item, at, lane }) => {
            const isMarked = marked.has(item.caseId);
            const name = `${whatWhen(item)}, ${item.reference} (${item.force})`;
            return (
              <li key={item.key} style={{ left: `${at * 100}%`, bottom: `${lane * 1.6 + 1.8}rem` }}>
                <button
                  type="button"
                  className={`timeline-case${isMarked ? ' marked' : ''}${item.kind === null ? ' opened' : ''}`}
                  aria-pressed={item.caseId === chosenCase}
                  title={name}
                  aria-label={`${name}${isMarked ? ', links the chosen record' : ''}`}
                  onClick={() => choose(current !== null && current.key === item.key ? null : item)}
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
          'Choose an event to light up what its case asserts.'
        ) : (
          <>
            <strong>{whatWhen(current)}</strong>
            {current.description !== null ? ` · ${current.description}` : ''} · <strong>{current.reference}</strong>{' '}
            <ForceBadge code={current.force} own={officer.force} />
            {current.title !== null ? ` ${current.title}` : ''} · {current.links} {current.links === 1 ? 'link' : 'links'} in view ·{' '}
            <Link to={`/cases/${encodeURIComponent(current.reference)}`}>Open the case</Link>{' '}
            <button type="button" className="link" onClick={() => choose(null)}>
              Clear
            </button>
          </>
        )}
      </p>
    </div>
  );
}
