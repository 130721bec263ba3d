import { run, type AuditedWriter, type Neo4jExecutor, type RequestMeta, type TxMetadata, type ViewerParams, type WriterParams } from '@crosslink/common';
import { linkPeople, linksOfPeople } from './link.cypher.js';
import type { NewPersonLink, PersonLink } from './link.model.js';

export class LinkRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /**
   * Null when the case is unknown, hidden or another force's, or either person is not in it; then
   * nothing was written. Audited as joining the two people, in the case that asserts the link.
   */
  async link(input: NewPersonLink & { recordedBy: string }, viewer: ViewerParams & WriterParams, meta: RequestMeta): Promise<PersonLink | null> {
    const [row] = await this.audited.write(
      meta,
      'linkPeople',
      (tx) => run(tx, linkPeople(input, viewer)),
      ([made]) =>
        made === undefined
          ? null
          : { records: [`Case:${input.caseId}`, `Person:${input.fromId}`, `Person:${input.toId}`], foreign: made.link.foreign === true },
    );
    return row?.link ?? null;
  }

  async pages(
    requests: readonly { key: string; personId: string; limit: number; after: string | null }[],
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<Map<string, PersonLink[]>> {
    const rows = await this.db.read(linksOfPeople(requests, viewer), meta);
    return new Map(rows.map((row) => [row.key, row.rows]));
  }
}
