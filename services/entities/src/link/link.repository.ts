import type { Neo4jExecutor, TxMetadata, ViewerParams, WriterParams } from '@crosslink/common';
import { linkPeople, linksOfPeople } from './link.cypher.js';
import type { NewPersonLink, PersonLink } from './link.model.js';

export class LinkRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Null when the case is unknown, hidden or another force's, or either person is not in it; then nothing was written. */
  async link(input: NewPersonLink & { recordedBy: string }, viewer: ViewerParams & WriterParams, meta: TxMetadata): Promise<PersonLink | null> {
    const [row] = await this.db.write(linkPeople(input, viewer), meta);
    return row === undefined ? null : (row['link'] as PersonLink);
  }

  async pages(
    requests: readonly { key: string; personId: string; limit: number; after: string | null }[],
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<Map<string, PersonLink[]>> {
    const rows = await this.db.read(linksOfPeople(requests, viewer), meta);
    return new Map(rows.map((row) => [row['key'] as string, row['rows'] as PersonLink[]]));
  }
}
