import type { Neo4jExecutor, TxMetadata, ViewerParams } from '@crosslink/common';
import type { Location, NewAddress } from './location.model.js';
import { addressesOfPeople, locationsByIds, recordAddress } from './location.cypher.js';

export class LocationRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  async byIds(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Location>> {
    const rows = await this.db.read(locationsByIds(ids, viewer), meta);
    return new Map(rows.map((row) => {
      const location = row['location'] as Location;
      return [location.id, location];
    }));
  }

  /** Addresses per visible person id; unknown or hidden people are absent from the map. */
  async addressesOfPeople(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Location[]>> {
    const rows = await this.db.read(addressesOfPeople(personIds, viewer), meta);
    return new Map(rows.map((row) => [row['personId'] as string, row['addresses'] as Location[]]));
  }

  async record(
    input: NewAddress & { id: string; personId: string; recordedBy: string },
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<Location | null> {
    const [row] = await this.db.write(recordAddress(input, viewer), meta);
    return row === undefined ? null : (row['location'] as Location);
  }
}
