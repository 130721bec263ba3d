import { randomUUID } from 'node:crypto';
import {
  assertCan,
  can,
  CrosslinkError,
  loadByKeys,
  pageSize,
  toConnection,
  type Connection,
  childPageLoader,
  type Location,
  type RequestScope,
} from '@crosslink/common';
import type DataLoader from 'dataloader';
import type { CaseService } from '../case/case.service.js';
import { createOnce, idempotencyOf } from '../shared/idempotency.js';
import { worksFor } from '../shared/remit.js';
import type { CaseEvent } from './event.model.js';
import type { EventRepository } from './event.repository.js';
import { validateEvent, type RecordEventInput } from './event.validation.js';

/** Events on cases for one request's principal. */
export class EventService {
  /** Timeline pages of the cases one request reads, fetched together. */
  private readonly timelines: ReturnType<typeof childPageLoader<CaseEvent>>;
  /** Timelines being fetched alongside a case read by reference; a timeline waits for them first. */
  private readonly prefetching: Promise<void>[] = [];
  /** The places of the events one request reads, fetched together. */
  private readonly places: DataLoader<string, Location | null>;

  constructor(
    private readonly repository: EventRepository,
    private readonly scope: RequestScope,
    private readonly cases: CaseService,
  ) {
    const { access, meta } = scope;
    this.timelines = childPageLoader((caseIds, after, limit) => this.repository.timelines(caseIds, after, limit, access, meta));
    this.places = loadByKeys((ids) => this.repository.places(ids, access, meta), null);
  }

  /** An event's place, or null when no case the viewer may see records it; reading it is reading a location. */
  placeOf(event: CaseEvent): Promise<Location | null> | null {
    if (event.locationId === null) return null;
    assertCan(this.scope.principal, 'location:read');
    return this.places.load(event.locationId);
  }

  /** Records what happened on a case; only the owning force (or a hub supervisor) writes to a case. */
  async record(input: RecordEventInput): Promise<CaseEvent> {
    assertCan(this.scope.principal, 'event:record');
    const valid = validateEvent(input, new Date());
    const target = await this.cases.byIdOrNull(valid.caseId);
    if (target === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    if (!worksFor(this.scope.principal, this.scope.hubForce, target.force)) {
      throw new CrosslinkError('FORBIDDEN', 'Only the owning force or a hub supervisor records events on a case', { field: 'input.caseId' });
    }
    const idempotency = idempotencyOf(this.scope.principal.username, input.idempotencyKey, valid);
    const { value: event } = await createOnce(
      idempotency,
      (key) => this.repository.keyed(key, this.scope.meta),
      (id) => this.repository.byId(id, this.scope.access, this.scope.meta),
      () =>
        this.repository.record(
          {
            id: randomUUID(),
            caseId: valid.caseId,
            kind: valid.kind,
            description: valid.description,
            occurredAt: valid.time.start,
            precision: valid.time.precision,
            locationId: valid.locationId,
            recordedBy: this.scope.principal.username,
          },
          this.scope.access,
          this.scope.meta,
          idempotency,
        ),
    );
    this.timelines.clearAll();
    return event;
  }

  /**
   * Starts fetching the timeline page of the case with this reference while the case itself is read
   * (a request for `case(reference:) { timeline }` then makes one database round trip, not two).
   * The page is kept for `timeline` of that case with the same arguments, and nothing else.
   */
  prefetchTimeline(reference: string, args: { first?: unknown; after?: unknown }): void {
    if (!can(this.scope.principal, 'case:read')) return;
    const first = typeof args.first === 'number' ? args.first : undefined;
    const after = typeof args.after === 'string' ? args.after : null;
    let limit: number;
    try {
      limit = pageSize(first) + 1;
    } catch {
      return; // the timeline field reports a bad page size itself
    }
    const fetched = this.repository
      .timelineOfReference(reference.trim().toUpperCase(), after, limit, this.scope.access, this.scope.meta)
      .then((found) => {
        if (found !== null) this.timelines.prime({ parentId: found.caseId, after, limit }, found.events);
      })
      .catch(() => undefined);
    this.prefetching.push(fetched);
  }

  async timeline(caseId: string, first: number | null | undefined, after: string | null | undefined): Promise<Connection<CaseEvent>> {
    assertCan(this.scope.principal, 'case:read');
    const size = pageSize(first);
    if (this.prefetching.length > 0) await Promise.all(this.prefetching.splice(0));
    const rows = await this.timelines.load({ parentId: caseId, after: after ?? null, limit: size + 1 });
    return toConnection(rows, size, (e) => [e.occurredAt, e.id]);
  }
}
