import {
  assertCan,
  decodeKeyset,
  pageSize,
  toConnection,
  validationError,
  type AuditEvent,
  type ChainBreak,
  type Connection,
  type RequestScope,
} from '@crosslink/common';
import type { AuditFilter } from './audit.cypher.js';
import type { AuditRepository } from './audit.repository.js';

/** The audit trail as auditors search it. Nobody else may read it; nobody may change it. */
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly scope: RequestScope,
  ) {}

  async list(filter: AuditFilter, first: number | null | undefined, after: string | null | undefined): Promise<Connection<AuditEvent>> {
    assertCan(this.scope.principal, 'audit:read');
    if (filter.from && filter.to && filter.from >= filter.to) throw validationError('filter.to', 'to must be after from');
    const size = pageSize(first);
    const rows = await this.repository.list(normalise(filter), decodeKeyset(after, 'string'), size + 1, this.scope.meta);
    return toConnection(rows, size, (event) => [event.at, event.id]);
  }

  async verify(): Promise<AuditVerification> {
    assertCan(this.scope.principal, 'audit:read');
    const report = await this.repository.verify();
    return {
      intact: report.breaks.length === 0,
      checked: report.checked,
      chains: report.chains,
      breaks: report.breaks.slice(0, SHOWN_BREAKS),
      verifiedAt: new Date().toISOString(),
    };
  }
}

export interface AuditVerification {
  readonly intact: boolean;
  readonly checked: number;
  readonly chains: number;
  readonly breaks: readonly ChainBreak[];
  readonly verifiedAt: string;
}

/** What the console shows of a verification: at most this many breaks (the CLI lists them all). */
const SHOWN_BREAKS = 100;

/** Instants compare as text only in one form: UTC with milliseconds, as the trail stores them. */
function normalise(filter: AuditFilter): AuditFilter {
  const utc = (value: string | null | undefined) => (value ? new Date(value).toISOString() : null);
  return { ...filter, from: utc(filter.from), to: utc(filter.to) };
}
