import { run, type AuditedWriter, type Neo4jExecutor, type RequestMeta, type TxMetadata, type ViewerParams } from '@crosslink/common';
import type { Location, NewAddress } from './location.model.js';
import { addressesOfPeople, locationsByIds, recordAddress } from './location.cypher.js';

export class LocationRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  async byIds(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Location>> {
    const rows = await this.db.read(locationsByIds(ids, viewer), meta);
    return new Map(
      rows.map((row) => {
        const location = row['location'] as Location;
        return [location.id, location];
      }),
    );
  }

  /** Addresses per visible person id; unknown or hidden people are absent from the map. */
  async addressesOfPeople(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Location[]>> {
    const rows = await this.db.read(addressesOfPeople(personIds, viewer), meta);
    return new Map(rows.map((row) => [row['personId'] as string, row['addresses'] as Location[]]));
  }

  async record(input: NewAddress & { id: string; personId: string; recordedBy: string }, viewer: ViewerParams, meta: RequestMeta): Promise<Location | null> {
    // Audited as naming the address and its person; a person seen only through another force's case is that force's data.
    const [row] = await this.audited.write(
      meta,
      'recordAddress',
      (tx) => run(tx, recordAddress(input, viewer)),
      ([made]) => {
        if (made === undefined) return null;
        const location = made['location'] as Location & { foreign?: boolean };
        return { records: [`Location:${location.id}`, `Person:${input.personId}`], foreign: made['foreign'] === true || location.foreign === true };
      },
    );
    return row === undefined ? null : (row['location'] as Location);
  }
}
