import { addressesOfPeople, type Location, type Neo4jExecutor, type TxMetadata, type ViewerParams } from '@crosslink/common';

/** Reads the Location label, which the locations service owns and writes; this service never writes it. */
export class AddressRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Addresses per visible person id; unknown or hidden people are absent from the map. */
  async ofPeople(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Location[]>> {
    const rows = await this.db.read(addressesOfPeople(personIds, viewer), meta);
    return new Map(rows.map((row) => [row.personId, row.addresses]));
  }
}
