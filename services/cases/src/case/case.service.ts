import { randomUUID } from 'node:crypto';
import {
  assertCan,
  CrosslinkError,
  pageSize,
  toConnection,
  viewerParams,
  type Connection,
  type Principal,
  type TxMetadata,
} from '@crosslink/common';
import DataLoader from 'dataloader';
import type { Case, CaseFilter } from './case.model.js';
import type { CaseRepository } from './case.repository.js';
import { validateNewCase, type CreateCaseInput } from './case.validation.js';

/**
 * Case use cases for one request's principal. Asserts what the role may do; which cases it may see
 * is decided in the repository's Cypher. Lookups by id or reference are batched per request.
 */
export class CaseService {
  private readonly viewer: ReturnType<typeof viewerParams>;
  private readonly byId: DataLoader<string, Case | null>;
  private readonly byReference: DataLoader<string, Case | null>;

  constructor(
    private readonly repository: CaseRepository,
    private readonly principal: Principal,
    private readonly hubForce: string,
    private readonly meta: TxMetadata,
  ) {
    this.viewer = viewerParams(principal, hubForce);
    this.byId = new DataLoader(async (ids) => {
      const found = await this.repository.byIds(ids, this.viewer, this.meta);
      return ids.map((id) => found.get(id) ?? null);
    });
    this.byReference = new DataLoader(async (refs) => {
      const found = await this.repository.byReferences(refs, this.viewer, this.meta);
      return refs.map((ref) => found.get(ref) ?? null);
    });
  }

  byIdOrNull(id: string): Promise<Case | null> {
    assertCan(this.principal, 'case:read');
    return this.byId.load(id);
  }

  byReferenceOrNull(reference: string): Promise<Case | null> {
    assertCan(this.principal, 'case:read');
    return this.byReference.load(reference.trim().toUpperCase());
  }

  list(filter: CaseFilter, first: number | null | undefined, after: string | null | undefined): Promise<Connection<Case>> {
    assertCan(this.principal, 'case:read');
    const size = pageSize(first);
    return this.repository
      .list(filter, after ?? null, size + 1, this.viewer, this.meta)
      .then((rows) => toConnection(rows, size, (c) => [c.createdAt, c.id]));
  }

  /** Opens a case in the creator's force; only hub supervisors may open one for another force. */
  create(input: CreateCaseInput): Promise<Case> {
    assertCan(this.principal, 'case:create');
    const valid = validateNewCase(input, this.principal.force);
    const hubSupervisor = this.principal.force === this.hubForce && this.principal.roles.has('supervisor');
    if (valid.force !== this.principal.force && !hubSupervisor) {
      throw new CrosslinkError('FORBIDDEN', 'You may open cases only for your own force', { field: 'input.force' });
    }
    return this.repository.create({ ...valid, id: randomUUID(), createdBy: this.principal.username }, new Date(), this.meta);
  }
}
