import {
  CrosslinkError,
  run,
  type AuditedWriter,
  type CursorKey,
  type CypherQuery,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
} from '@crosslink/common';
import { acknowledge, alertsFor, type AlertFilter } from './alert.cypher.js';
import type { Alert, AlertReader } from './alert.model.js';
import { mergeNewestFirst } from './alert.order.js';

const everything: AlertFilter = { unread: false, alertId: null, since: null };

export class AlertRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  async list(
    reader: AlertReader,
    filter: Partial<AlertFilter>,
    after: CursorKey | null,
    limit: number,
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<Alert[]> {
    return this.db.readTx((tx) => collect(tx, alertsFor(reader, { ...everything, ...filter }, after, limit, viewer), limit), meta);
  }

  /**
   * Acknowledges one of the reader's alerts, in one transaction with finding it among theirs:
   * NOT_FOUND for an alert that is not theirs (or that names what they may no longer see), alike.
   */
  acknowledge(reader: AlertReader, alertId: string, viewer: ViewerParams, meta: RequestMeta): Promise<Alert> {
    return this.audited.write(
      meta,
      'acknowledgeAlert',
      async (tx) => {
        const [alert] = await collect(tx, alertsFor(reader, { ...everything, alertId }, null, 1, viewer), 1);
        if (alert === undefined) throw new CrosslinkError('NOT_FOUND', 'No such alert of yours', { field: 'id' });
        if (alert.acknowledgedAt !== null) return alert;
        const [receipt] = await run(tx, acknowledge(reader.username, alertId));
        if (receipt === undefined) throw new Error('acknowledging an alert returned no row');
        return { ...alert, acknowledgedAt: receipt.at };
      },
      // The receipt is the record written; the alert itself is the reader's own.
      (alert) => ({ records: [`AlertReceipt:${alert.alertId}`] }),
    );
  }
}

/** Runs each source's statement in the transaction, one after another, and merges their answers. */
async function collect(tx: Parameters<typeof run>[0], queries: readonly CypherQuery<{ alert: Alert }>[], limit: number): Promise<Alert[]> {
  const lists: Alert[][] = [];
  for (const query of queries) lists.push((await run(tx, query)).map(({ alert }) => alert));
  return mergeNewestFirst(lists, limit);
}
