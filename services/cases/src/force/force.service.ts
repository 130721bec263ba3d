import { assertCan, type Principal, type TxMetadata } from '@crosslink/common';
import DataLoader from 'dataloader';
import type { Force } from './force.model.js';
import type { ForceRepository } from './force.repository.js';

/** Reference data: every authenticated role may read forces. One instance per request. */
export class ForceService {
  private readonly byCode: DataLoader<string, Force | null>;

  constructor(
    private readonly repository: ForceRepository,
    private readonly principal: Principal,
    private readonly meta: TxMetadata,
  ) {
    this.byCode = new DataLoader(async (codes) => {
      const found = await this.repository.byCodes(codes, this.meta);
      return codes.map((code) => found.get(code) ?? null);
    });
  }

  list(): Promise<Force[]> {
    assertCan(this.principal, 'force:read');
    return this.repository.all(this.meta);
  }

  /** Batched: every lookup in one GraphQL request shares one query. */
  byCodeOrNull(code: string): Promise<Force | null> {
    assertCan(this.principal, 'force:read');
    return this.byCode.load(code);
  }
}
