import { randomUUID } from 'node:crypto';
import { assertCan, CrosslinkError, pageSize, toConnection, viewerParams, type Connection, type Principal, type TxMetadata } from '@crosslink/common';
import type { CaseService } from '../case/case.service.js';
import { childPageLoader } from '../shared/child-pages.js';
import { worksFor } from '../shared/remit.js';
import type { CaseEvent } from './event.model.js';
import type { EventRepository } from './event.repository.js';
import { validateEvent, type RecordEventInput } from './event.validation.js';

/** Events on cases for one request's principal. */
export class EventService {
  private readonly viewer: ReturnType<typeof viewerParams>;
  /** Timeline pages of the cases one request reads, fetched together. */
  private readonly timelines: ReturnType<typeof childPageLoader<CaseEvent>>;

  constructor(
    private readonly repository: EventRepository,
    private readonly cases: CaseService,
    private readonly principal: Principal,
    private readonly hubForce: string,
    private readonly meta: TxMetadata,
  ) {
    this.viewer = viewerParams(principal, hubForce);
    this.timelines = childPageLoader((caseIds, after, limit) => this.repository.timelines(caseIds, after, limit, this.viewer, this.meta));
  }

  /** Records what happened on a case; only the owning force (or a hub supervisor) writes to a case. */
  async record(input: RecordEventInput): Promise<CaseEvent> {
    assertCan(this.principal, 'event:record');
    const valid = validateEvent(input, new Date());
    const target = await this.cases.byIdOrNull(valid.caseId);
    if (target === null) throw new CrosslinkError('CASE_NOT_FOUND', undefined, { field: 'input.caseId' });
    if (!worksFor(this.principal, this.hubForce, target.force)) {
      throw new CrosslinkError('FORBIDDEN', 'Only the owning force or a hub supervisor records events on a case', { field: 'input.caseId' });
    }
    const event = await this.repository.record(
      {
        id: randomUUID(),
        caseId: valid.caseId,
        kind: valid.kind,
        description: valid.description,
        occurredAt: valid.time.start,
        precision: valid.time.precision,
        locationId: valid.locationId,
        recordedBy: this.principal.username,
      },
      this.viewer,
      this.meta,
    );
    this.timelines.clearAll();
    return event;
  }

  async timeline(caseId: string, first: number | null | undefined, after: string | null | undefined): Promise<Connection<CaseEvent>> {
    assertCan(this.principal, 'case:read');
    const size = pageSize(first);
    const rows = await this.timelines.load({ parentId: caseId, after: after ?? null, limit: size + 1 });
    return toConnection(rows, size, (e) => [e.occurredAt, e.id]);
  }
}
