import {
  assertCan,
  decodeKeyset,
  pageSize,
  toConnection,
  validationError,
  type AuditEvent,
  type Connection,
  type Principal,
  type TxMetadata,
} from '@crosslink/common';
import type { AuditFilter } from './audit.cypher.js';
import type { AuditRepository } from './audit.repository.js';

/** The audit trail as auditors search it. Nobody else may read it; nobody may change it. */
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly principal: Principal,
    private readonly meta: TxMetadata,
  ) {}

  async list(filter: AuditFilter, first: number | null | undefined, after: string | null | undefined): Promise<Connection<AuditEvent>> {
    assertCan(this.principal, 'audit:read');
    if (filter.from && filter.to && filter.from >= filter.to) throw validationError('filter.to', 'to must be after from');
    const size = pageSize(first);
    const rows = await this.repository.list(normalise(filter), decodeKeyset(after, 'string'), size + 1, this.meta);
    return toConnection(rows, size, (event) => [event.at, event.id]);
  }
}

/** Instants compare as text only in one form: UTC with milliseconds, as the trail stores them. */
function normalise(filter: AuditFilter): AuditFilter {
  const utc = (value: string | null | undefined) => (value ? new Date(value).toISOString() : null);
  return { ...filter, from: utc(filter.from), to: utc(filter.to) };
}
