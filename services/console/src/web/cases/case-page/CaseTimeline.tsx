import { useCrosslinkQuery } from '../../api/use-query.js';
import { formatDateTime, titleCase } from '../../ui/format.js';
import { PageFoot, usePages } from '../../ui/paging.js';
import type { ForceRef, PageInfo } from './case-data.js';
import { Section } from './Section.js';
import { eventTime } from './when.js';

const CaseTimelineQuery = `
  query CaseTimeline($reference: String!, $first: Int!, $after: String) {
    case(reference: $reference) {
      id
      timeline(first: $first, after: $after) {
        edges { node { id kind description occurredAt occurredFrom precision recordedBy recordedAt place { id line1 town postcode forceArea { code name } } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

interface TimelineEvent {
  id: string;
  kind: string;
  description: string;
  occurredAt: string;
  occurredFrom: string;
  precision: string;
  recordedBy: string;
  recordedAt: string;
  place: { id: string; line1: string; town: string; postcode: string; forceArea: ForceRef | null } | null;
}
interface TimelineData {
  case: { id: string; timeline: { edges: { node: TimelineEvent }[]; pageInfo: PageInfo } } | null;
}

const PAGE = 20;

/** The case's events in the order they happened: offences, incidents, arrests, sightings, calls, journeys. */
export function CaseTimeline({ reference, own }: { reference: string; own: string }) {
  const [pages, more] = usePages();
  return (
    <Section id="case-timeline" title="Timeline" className="case-timeline">
      <table className="list timeline">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Event</th>
            <th scope="col">Where</th>
            <th scope="col">Recorded</th>
          </tr>
        </thead>
        {pages.map((after, index) => (
          <TimelinePage key={after ?? 'first'} reference={reference} own={own} after={after} last={index === pages.length - 1} onMore={more} />
        ))}
      </table>
    </Section>
  );
}

function TimelinePage({
  reference,
  own,
  after,
  last,
  onMore,
}: {
  reference: string;
  own: string;
  after: string | null;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const [{ data, error, fetching, extensions }, reexecute] = useCrosslinkQuery<TimelineData>({
    query: CaseTimelineQuery,
    variables: { reference, first: PAGE, after },
  });
  const connection = data?.case?.timeline;
  const events = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <tbody>
      {events.map((event) => (
        <tr key={event.id}>
          <td>
            <time dateTime={event.occurredFrom}>{eventTime(event)}</time>
          </td>
          <td>{titleCase(event.kind)}</td>
          <th scope="row">{event.description}</th>
          <td>
            {event.place !== null ? (
              <>
                {event.place.line1}, {event.place.town} {event.place.postcode}
                {event.place.forceArea !== null && event.place.forceArea.code !== own ? (
                  <span className="force-area" title={event.place.forceArea.name}>
                    {' '}
                    ({event.place.forceArea.code} area)
                  </span>
                ) : null}
              </>
            ) : (
              '—'
            )}
          </td>
          <td>
            {event.recordedBy}, {formatDateTime(event.recordedAt)}
          </td>
        </tr>
      ))}
      {last ? (
        <PageFoot
          colSpan={5}
          what="events"
          empty="No event is recorded on this case yet."
          first={after === null}
          loaded={connection !== undefined}
          count={events.length}
          fetching={fetching}
          error={error}
          extensions={extensions}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
          pageInfo={connection?.pageInfo}
          onMore={onMore}
        />
      ) : null}
    </tbody>
  );
}
