import {
  run,
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
import {
  disclosureInstant,
  linksAround,
  peopleInView,
  peopleOfCases,
  recordsByIds,
  riskProfiles,
  type CaseFilter,
  type IdsByKind,
  type RecordRow,
} from './network.cypher.js';
import { joinLinks, type LinkRow, type LinksRead } from './network.links.js';
import type { CrimeCount, Hotspot, LinkKind, NetworkCase, NetworkEvent, NetworkNode, NetworkPlace } from './network.model.js';
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
        const [row] = await run(tx, disclosureInstant());
        return String(row?.at);
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
    const [read = nothingRead] = await this.executor.read(linksAround(ids, via, filter, limit, viewer, [...known.keys()]), meta);
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
    return this.executor.read(riskProfiles(personIds, viewer), meta);
  }

  /** A deal line's footprint, or null when the phone is unknown or hidden. */
  async countyLine(phoneId: string, eventLimit: number, viewer: ViewerParams, meta: TxMetadata): Promise<FootprintRow | null> {
    const [row] = await this.executor.read(countyLineFootprint(phoneId, eventLimit, viewer), meta);
    return row ?? null;
  }

  async hotspots(filter: CaseFilter, first: number, viewer: ViewerParams, meta: TxMetadata): Promise<Hotspot[]> {
    return this.executor.read(hotspots(filter, first, viewer), meta);
  }

  /** The places among `ids` the viewer may see, as they are shown them, by postcode. */
  async places(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<NetworkPlace[]> {
    return (await this.executor.read(placesByIds(ids, viewer), meta)).map((row) => row.place);
  }

  /** The cases among `ids` the viewer may see, oldest first. */
  async cases(ids: readonly string[], viewer: ViewerParams, meta: TxMetadata): Promise<NetworkCase[]> {
    return (await this.executor.read(casesByIds(ids, viewer), meta)).map((row) => row.case);
  }

  /** The events of the cases among `ids` the viewer may see, oldest first, at most `limit`. */
  async events(ids: readonly string[], limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<NetworkEvent[]> {
    return (await this.executor.read(eventsOfCases(ids, limit, viewer), meta)).map((row) => row.event);
  }

  async crimeStatistics(groupBy: readonly Grouping[], filter: CaseFilter, limit: number, viewer: ViewerParams, meta: TxMetadata): Promise<CrimeCount[]> {
    const rows = await this.executor.read(crimeStatistics(groupBy, filter, limit, viewer), meta);
    return rows.map((row) => ({ ...row, cases: Number(row.cases) }));
  }
}

/** A record as the network statements return it: id, kind, label (empty when none) and foreign flag. */
function networkNode(row: RecordRow): NetworkNode {
  return { ...row, label: row.label ?? '' };
}

/** What a read of links around a frontier holds when it reads none (the statement always returns its one row). */
const nothingRead: LinksRead = { links: [], cases: [], records: [] };
