import { assertCan, decodeKeyset, pageSize, toConnection, type Action, type Connection, type RequestScope } from '@crosslink/common';
import DataLoader from 'dataloader';
import type { HistoryOwner, RecordChange } from './history.model.js';
import type { HistoryRepository } from './history.repository.js';

type PageKey = readonly [ownerId: string, size: number, after: string | null];

const readAction: Record<HistoryOwner, Action> = { Person: 'person:read', NrmReferral: 'nrm:read' };

/** The histories of people and NRM referrals, a page per record, batched into one query per kind and tick. */
export class HistoryService {
  private readonly loaders = new Map<HistoryOwner, DataLoader<string, RecordChange[]>>();

  constructor(
    private readonly repository: HistoryRepository,
    private readonly scope: RequestScope,
  ) {}

  async page(owner: HistoryOwner, ownerId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<RecordChange>> {
    assertCan(this.scope.principal, readAction[owner]);
    const size = pageSize(args.first);
    decodeKeyset(args.after, 'datetime'); // a bad cursor fails this field alone, not the whole batch
    const key: PageKey = [ownerId, size, args.after ?? null];
    const rows = await this.loader(owner).load(JSON.stringify(key));
    return toConnection(rows, size, (change) => [change.at, change.id]);
  }

  private loader(owner: HistoryOwner): DataLoader<string, RecordChange[]> {
    let loader = this.loaders.get(owner);
    if (loader === undefined) {
      loader = new DataLoader(async (keys) => {
        const requests = keys.map((key) => {
          const [ownerId, size, after] = JSON.parse(key) as PageKey;
          const cursor = decodeKeyset(after, 'datetime');
          return { key, ownerId, limit: size + 1, afterAt: cursor === null ? null : String(cursor[0]), afterId: cursor === null ? null : String(cursor[1]) };
        });
        const found = await this.repository.pages(owner, requests, this.scope.access, this.scope.meta);
        return keys.map((key) => found.get(key) ?? []);
      });
      this.loaders.set(owner, loader);
    }
    return loader;
  }
}
