import {
  assertCan,
  childPageLoader,
  decodeKeyset,
  pageSize,
  toConnection,
  type Action,
  type ChildPageKey,
  type Connection,
  type RequestScope,
} from '@crosslink/common';
import type DataLoader from 'dataloader';
import type { HistoryOwner, RecordChange } from './history.model.js';
import type { HistoryRepository } from './history.repository.js';

const readAction: Record<HistoryOwner, Action> = { Person: 'person:read', NrmReferral: 'nrm:read' };

/** The histories of people and NRM referrals, a page per record, batched (childPageLoader) into one query per kind and tick. */
export class HistoryService {
  private readonly loaders = new Map<HistoryOwner, DataLoader<ChildPageKey, readonly RecordChange[], string>>();

  constructor(
    private readonly repository: HistoryRepository,
    private readonly scope: RequestScope,
  ) {}

  async page(owner: HistoryOwner, ownerId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<RecordChange>> {
    assertCan(this.scope.principal, readAction[owner]);
    const size = pageSize(args.first);
    decodeKeyset(args.after, 'datetime'); // a bad cursor fails this field alone, not the whole batch
    const rows = await this.loader(owner).load({ parentId: ownerId, after: args.after ?? null, limit: size + 1 });
    return toConnection(rows, size, (change) => [change.at, change.id]);
  }

  private loader(owner: HistoryOwner): DataLoader<ChildPageKey, readonly RecordChange[], string> {
    let loader = this.loaders.get(owner);
    if (loader === undefined) {
      loader = childPageLoader(async (ownerIds, after, limit) => {
        const cursor = decodeKeyset(after, 'datetime');
        const [afterAt, afterId] = cursor === null ? [null, null] : [String(cursor[0]), String(cursor[1])];
        const requests = ownerIds.map((ownerId) => ({ key: ownerId, ownerId, limit, afterAt, afterId }));
        return this.repository.pages(owner, requests, this.scope.access, this.scope.meta);
      });
      this.loaders.set(owner, loader);
    }
    return loader;
  }
}
