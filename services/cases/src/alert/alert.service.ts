import { assertCan, CrosslinkError, decodeKeyset, pageSize, toConnection, type Connection, type RequestScope } from '@crosslink/common';
import type { Alert, AlertReader } from './alert.model.js';
import type { AlertRepository } from './alert.repository.js';

/** The signed-in officer's alerts: hits, subject checks, access requests and decisions, allocations, lead transfers. */
export class AlertService {
  private readonly reader: AlertReader;

  constructor(
    private readonly repository: AlertRepository,
    private readonly scope: RequestScope,
  ) {
    const { principal } = scope;
    this.reader = { username: principal.username, force: principal.force, supervisor: principal.roles.has('supervisor') };
  }

  /** Newest first; with `unread`, only those not yet acknowledged. */
  async list(args: { unread?: boolean | null; first?: number | null; after?: string | null }): Promise<Connection<Alert>> {
    assertCan(this.scope.principal, 'case:read');
    const size = pageSize(args.first);
    const rows = await this.repository.list(
      this.reader,
      { unread: args.unread ?? false },
      decodeKeyset(args.after, 'datetime'),
      size + 1,
      this.scope.access,
      this.scope.meta,
    );
    return toConnection(rows, size, (a) => [a.at, a.alertId]);
  }

  /** Alerts raised after `since` (ISO-8601), newest first, at most `limit`: what a live stream delivers next. */
  since(since: string | null, limit: number): Promise<Alert[]> {
    assertCan(this.scope.principal, 'case:read');
    return this.repository.list(this.reader, { since }, null, limit, this.scope.access, this.scope.meta);
  }

  /** Marks an alert as seen; acknowledging it again keeps the first time. */
  acknowledge(id: string): Promise<Alert> {
    assertCan(this.scope.principal, 'case:read');
    const alertId = id.trim();
    if (alertId === '') throw new CrosslinkError('VALIDATION_FAILED', 'Name the alert to acknowledge', { field: 'id' });
    return this.repository.acknowledge(this.reader, alertId, this.scope.access, this.scope.meta);
  }
}
