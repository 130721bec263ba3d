import {
  addressesOfPeople,
  alertHoldersOnEntry,
  locationsByIds,
  run,
  type AuditedWriter,
  type Hit,
  type Location,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type Recorder,
  type ViewerParams,
  type WriterParams,
} from '@crosslink/common';
import type { NewAddress, Occupant } from './location.model.js';
import { caseForce, casesSharingLocation, occupantsOfLocations, recordAddress } from './location.cypher.js';

/** An address as recorded, and where else it is known. */
export interface RecordedAddress {
  readonly location: Location;
  readonly hits: readonly Hit[];
}

export class LocationRepository {
  constructor(
    private readonly db: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  async byIds(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Location>> {
    const rows = await this.db.read(locationsByIds(ids, viewer), meta);
    return new Map(rows.map(({ location }) => [location.id, location]));
  }

  /** Addresses per visible person id; unknown or hidden people are absent from the map. */
  async addressesOfPeople(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Location[]>> {
    const rows = await this.db.read(addressesOfPeople(personIds, viewer), meta);
    return new Map(rows.map((row) => [row.personId, row.addresses]));
  }

  /** Occupants per visible location id; unknown or hidden locations are absent from the map. */
  async occupants(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<Map<string, Occupant[]>> {
    const rows = await this.db.read(occupantsOfLocations(ids, viewer), meta);
    return new Map(rows.map((row) => [row.id, row.occupants]));
  }

  /** The force of a case the viewer may see, or null: tells a hidden case from one they may not write to. */
  async caseForce(caseId: string, viewer: ViewerParams, meta: TxMetadata): Promise<string | null> {
    const [row] = await this.db.read(caseForce(caseId, viewer), meta);
    return row?.force ?? null;
  }

  /**
   * Null when the case is hidden or another force's, or the person is not in it; then nothing was
   * written. Otherwise the address as the recorder now sees it, and its hits on entry: the other
   * cases recording it, found in the same transaction, each alerting its officer in charge (the
   * recorder's own officer in charge reads the same alert from the other side). Recording an address
   * a case already holds answers with the hits again and alerts nobody twice. The audit names the
   * address, the case, the person and the hidden cases whose officers were alerted.
   */
  record(
    input: NewAddress & { id: string; caseId: string; personId: string | null; recordedBy: string },
    recorder: Recorder,
    viewer: ViewerParams & WriterParams,
    meta: RequestMeta,
  ): Promise<RecordedAddress | null> {
    return this.audited
      .write(
        meta,
        'recordAddress',
        async (tx) => {
          const [row] = await run(tx, recordAddress(input, viewer));
          if (row === undefined) return null;
          const { locationId } = row;
          const holding = await run(tx, casesSharingLocation(locationId, input.caseId, viewer));
          const recorded = { subjectKind: 'ADDRESS', subjectValue: input.addressKey, fromCaseId: input.caseId };
          // A case recording the address again alerts nobody twice.
          const hits = await alertHoldersOnEntry(tx, 'AddressAlert', holding, recorded, recorder, !row.again);
          const [read] = await run(tx, locationsByIds([locationId], viewer));
          if (read === undefined) throw new Error(`address ${locationId} recorded but not read back`);
          return { location: read.location, hits, row, holding };
        },
        (made) => {
          if (made === null) return null;
          const { personId } = made.row;
          return {
            records: [
              `Location:${made.location.id}`,
              `Case:${input.caseId}`,
              ...(personId === null ? [] : [`Person:${personId}`]),
              ...made.holding.filter((h) => !h.visible).map((h) => `Case:${h.caseId}`),
            ],
            // Naming a visible case of another force is that force's data, as a subject check's is.
            foreign: made.row.foreign || made.holding.some((h) => h.visible && h.force !== viewer.viewer.force),
          };
        },
      )
      .then((made) => (made === null ? null : { location: made.location, hits: made.hits }));
  }
}
