import {
  cypher,
  run,
  type Row,
  type AuditedWriter,
  type AuditRecord,
  type Neo4jExecutor,
  type RequestMeta,
  type TxMetadata,
  type ViewerParams,
  type WriteAction,
} from '@crosslink/common';
import { countyLineFootprint } from './county-line.cypher.js';
import type { FootprintRow } from './county-line.footprint.js';
import { casesByIds, eventsOfCases, placesByIds } from './network.details.cypher.js';
import { linksAround, peopleInView, peopleOfCases, recordsByIds, riskProfiles, type CaseFilter, type IdsByKind } from './network.cypher.js';
import { joinLinks, type LinkRow, type LinksRead } from './network.links.js';
import type { LinkKind, NetworkCase, NetworkEvent, NetworkNode, NetworkPlace, NodeKind } from './network.model.js';
import type { RiskProfile } from './people-at-risk.js';
import { crimeStatistics, hotspots, type Grouping } from './statistics.cypher.js';

/**
 * Reads the graph for network analysis: read-only, across labels, under the viewer's visibility.
 * Its one write is the audit event of a disclosure (an export).
 */
export class NetworkRepository {
  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly audited: AuditedWriter,
  ) {}

  /**
   * Records the disclosure of an export to its recipients, naming every record it holds, and
   * resolves to the instant it was made, once the event is durable.
   */
  async disclose(
    as: WriteAction,
    records: readonly AuditRecord[],
    recipients: readonly string[],
    owners: readonly string[],
    foreign: boolean,
    meta: RequestMeta,
  ): Promise<string> {
    return this.audited.write(
      meta,
      as,
      async (tx) => {
        const [row] = await run(tx, cypher('RETURN toString(datetime()) AS at', {}));
        return String(row?.['at']);
      },
      () => ({ records, recipients, owners, foreign }),
    );
  }

  async records(ids: IdsByKind, viewer: ViewerParams, meta: TxMetadata): Promise<NetworkNode[]> {
    return (await this.executor.read(recordsByIds(ids, viewer), meta)).map(networkNode);
  }

  /**
   * The links around a frontier, one row each (see network.links.ts); `capped` when `limit` links were
   * read and more may exist. Records in `known` were read visible in this request: their visibility
   * and labels are not worked out again.
   */
  async linksAround(
    ids: IdsByKind,
    via: readonly LinkKind[],
    filter: CaseFilter,
    limit: number,
    known: ReadonlyMap<string, NetworkNode>,
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<{ rows: LinkRow[]; capped: boolean }> {
    const [row] = await this.executor.read(linksAround(ids, via, filter, limit, viewer, [...known.keys()]), meta);
    const read = row as unknown as LinksRead;
    return { rows: joinLinks(read, known, new Set(Object.values(ids).flat())), capped: read.links.length >= limit };
  }

  async peopleOfCases(
    caseIds: readonly string[] | null,
    operationId: string | null,
    filter: CaseFilter,
    limit: number,
    viewer: ViewerParams,
    meta: TxMetadata,
  ): Promise<NetworkNode[]> {
    return (await this.executor.read(peopleOfCases(caseIds, operationId, filter, limit, viewer), meta)).map(networkNode);
  }

  async peopleInView(filter: CaseFilter, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<NetworkNode[]> {
    return (await this.executor.read(peopleInView(filter, limit, viewer), meta)).map(networkNode);
  }

  async riskProfiles(personIds: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<RiskProfile[]> {
    return (await this.executor.read(riskProfiles(personIds, viewer), meta)) as unknown as RiskProfile[];
  }

  /** A deal line's footprint, or null when the phone is unknown or hidden. */
  async countyLine(phoneId: string, eventLimit: number, viewer: ViewerParams, meta: TxMetadata): Promise<FootprintRow | null> {
    const [row] = await this.executor.read(countyLineFootprint(phoneId, eventLimit, viewer), meta);
    return (row as unknown as FootprintRow | undefined) ?? null;
  }

  async hotspots(filter: CaseFilter, first: number, viewer: ViewerParams, meta: TxMetadata): Promise<Hotspot[]> {
    return (await this.executor.read(hotspots(filter, first, viewer), meta)) as unknown as Hotspot[];
  }

  /** The places among `ids` the viewer may see, as they are shown them, by postcode. */
  async places(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<NetworkPlace[]> {
    return (await this.executor.read(placesByIds(ids, viewer), meta)).map((row) => row['place'] as NetworkPlace);
  }

  /** The cases among `ids` the viewer may see, oldest first. */
  async cases(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<NetworkCase[]> {
    return (await this.executor.read(casesByIds(ids, viewer), meta)).map((row) => row['case'] as NetworkCase);
  }

  /** The events of the cases among `ids` the viewer may see, oldest first, at most `limit`. */
  async events(ids: readonly string[], limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<NetworkEvent[]> {
    return (await this.executor.read(eventsOfCases(ids, limit, viewer), meta)).map((row) => row['event'] as NetworkEvent);
  }

  async crimeStatistics(groupBy: readonly Grouping[], filter: CaseFilter, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<CrimeCount[]> {
    const rows = await this.executor.read(crimeStatistics(groupBy, filter, limit, viewer), meta);
    return rows.map((row) => ({ ...(row as unknown as CrimeCount), cases: Number(row['cases']) }));
  }
}

/** A record as the network statements return it: id, kind, label (empty when none) and foreign flag. */
function networkNode(row: Row): NetworkNode {
  return { id: row['id'] as string, kind: row['kind'] as NodeKind, label: (row['label'] as string | null) ?? '', foreign: row['foreign'] as boolean };
}

export interface Hotspot {
  /** The place's key fields, and what the viewer is shown of it (lines to force area: addressShown), or nulls. */
  readonly location: {
    readonly id: string;
    readonly line1: string | null;
    readonly town: string | null;
    readonly postcode: string | null;
    readonly postcodeDistrict: string | null;
    readonly latitude: number | null;
    readonly longitude: number | null;
    readonly forceArea: string | null;
    readonly foreign: boolean;
  };
  readonly cases: number;
  readonly forces: readonly string[];
}

export interface CrimeCount {
  readonly crimeType: string | null;
  readonly force: string | null;
  readonly postcodeDistrict: string | null;
  readonly month: string | null;
  readonly cases: number;
}
