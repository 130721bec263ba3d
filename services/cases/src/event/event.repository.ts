import type { IdempotencyKey, KeyedRecord } from '../shared/idempotency.js';
import { findKeyed, stampKeyed } from '../shared/keyed-records.js';
import {
  byParent,
  CrosslinkError,
  locationsByIds,
  run,
  type AuditedWriter,
  type Location,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
} from '@crosslink/common';
import { decodeKeyset } from '@crosslink/common';
import type { CaseEvent, NewEvent } from './event.model.js';
import { caseExists, caseTimelines, eventById, insertEvent, timelineOfReference } from './event.cypher.js';

export class EventRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /** Records an event on a visible case; audited as naming the case, the event and its place. */
  record(event: NewEvent, viewer: ViewerParams, meta: RequestMeta, idempotency: IdempotencyKey | null = null): Promise<CaseEvent> {
    return this.audited.write(
      meta,
      'recordEvent',
      async (tx) => {
        const [row] = await run(tx, insertEvent(event, viewer));
        if (row !== undefined) {
          await stampKeyed(tx, 'Event', event.id, idempotency);
          return row.event;
        }
        const [found] = await run(tx, caseExists(event.caseId, viewer));
        if (found === undefined) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
        throw new CrosslinkError('NOT_FOUND', 'No such location, or you may not see it', { field: 'input.locationId' });
      },
      (recorded) => ({
        records: [`Case:${recorded.caseId}`, `Event:${recorded.id}`, ...(recorded.locationId !== null ? [`Location:${recorded.locationId}`] : [])],
        foreign: recorded.foreign,
      }),
    );
  }

  /** The event an idempotency key recorded, if any (see shared/idempotency.ts). */
  keyed(key: string, meta: TxMetadata): Promise<KeyedRecord | null> {
    return findKeyed(this.db, 'Event', key, meta);
  }

  /** A visible event by id; null when there is none or its case is hidden. */
  async byId(id: string, viewer: ViewerParams, meta: TxMetadata): Promise<CaseEvent | null> {
    const [row] = await this.db.read(eventById(id, viewer), meta);
    return row === undefined ? null : row.event;
  }

  /** Events' places the viewer may see, by id (the Location label is the locations service's: read here, never written). */
  async places(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Location>> {
    const rows = await this.db.read(locationsByIds(ids, viewer), meta);
    return new Map(rows.map(({ location }) => [location.id, location]));
  }

  /** A page of the timeline of each visible case, in one query; a case hidden from the viewer has none. */
  async timelines(caseIds: readonly string[], after: string | null, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, CaseEvent[]>> {
    const rows = await this.db.read(caseTimelines(caseIds, decodeKeyset(after, 'datetime'), limit, viewer), meta);
    return byParent<CaseEvent>(rows.map(({ caseId, event }) => ({ parentId: caseId, row: event })));
  }

  /** A page of the timeline of the visible case with this reference, with the case's id; null when there is none. */
  async timelineOfReference(
    reference: string,
    after: string | null,
    limit: number,
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<{ caseId: string; events: CaseEvent[] } | null> {
    const [row] = await this.db.read(timelineOfReference(reference, decodeKeyset(after, 'datetime'), limit, viewer), meta);
    return row === undefined ? null : { caseId: row.caseId, events: row.events };
  }
}
