import { assertCan, CrosslinkError, type AuditRecord, type RequestScope, type WriteAction } from '@crosslink/common';
import { footprintOf, type Footprint } from './county-line.footprint.js';
import { exportFiles, type ExportFile, type ExportFormat } from './network.export.js';
import { analysisGraph } from './analysis-graph.js';
import { approximates, communities, keyPlayers, type Measure } from './network.analysis.js';
import { noFilter } from './network.cypher.js';
import { byKind } from './network.assembly.js';
import type { ScopeReader } from './scope-reader.js';
import {
  nodeLabels,
  type CrimeCount,
  type Hotspot,
  type NetworkAnswer,
  type NetworkEdge,
  type NetworkNode,
  type ScopeNetwork,
  type ScopeSize,
} from './network.model.js';
import { ShortestPathSearch } from './network.paths.js';
import type { NetworkRepository } from './network.repository.js';
import { closeLinks, peopleAtRisk, type AtRisk } from './people-at-risk.js';
import type { Grouping } from './statistics.cypher.js';
import {
  checkExport,
  checkFilter,
  checkGroupBy,
  checkRange,
  checkRecord,
  checkScope,
  checkVia,
  DEFAULT_ANALYSIS_LIMIT,
  DEFAULT_LIMIT,
  MAX_ANALYSIS_LIMIT,
  MAX_LIMIT,
  MAX_PATH_HOPS,
  type ExportNetworkInput,
  type NetworkScopeInput,
  type RecordRef,
} from './network.validation.js';

/** Records a path search may reach before it gives up (the answer says so). */
const PATH_SEARCH_REACH = 50_000;
const MAX_PATHS = 50;
/** Events a county line's timeline holds at most. */
const LINE_EVENTS = 500;

/**
 * How an export is asked for. Through the API its files come back inline in the answer, so it holds
 * at most MAX_LIMIT records, and its event is the mutation's; the command line (npm run export)
 * writes files, may hold more, and names its own action, so an auditor can tell the two apart.
 */
export interface ExportChannel {
  readonly maxLimit: number;
  readonly action: WriteAction;
}

export const apiExport: ExportChannel = { maxLimit: MAX_LIMIT, action: 'exportNetwork' };

export interface NetworkExport {
  readonly format: ExportFormat;
  readonly recipients: readonly string[];
  readonly purpose: string;
  readonly exportedBy: string;
  readonly exportedAt: string;
  readonly records: readonly AuditRecord[];
  readonly size: ScopeSize;
  /** Links to records the viewer may not see: left out of the export, never disclosed onwards. */
  readonly withheld: number;
  readonly files: readonly ExportFile[];
}

export interface PathStep {
  readonly from: string;
  readonly to: string;
  readonly links: readonly NetworkEdge[];
}

export interface FoundPaths {
  readonly hops: number | null;
  readonly paths: readonly { readonly nodes: readonly NetworkNode[]; readonly steps: readonly PathStep[] }[];
  readonly truncated: boolean;
}

/**
 * The analyst's questions about a scope of the graph: its network, the shortest chains between two
 * records, its key players and its groups. The graph is read under the viewer's visibility, so the
 * maths runs only on what the viewer may see; every record an answer returns is audited as consulted.
 * The places, cases and events of a network answered are NetworkDetailsService's.
 */
export class NetworkService {
  constructor(
    private readonly repository: NetworkRepository,
    private readonly scope: RequestScope,
    private readonly scopes: ScopeReader,
  ) {}

  async network(scopeInput: NetworkScopeInput, viaInput: readonly string[] | null | undefined, limitInput: number | null | undefined): Promise<ScopeNetwork> {
    assertCan(this.scope.principal, 'network:read');
    const scope = checkScope(scopeInput);
    const via = checkVia(viaInput);
    const limit = checkRange(limitInput ?? DEFAULT_LIMIT, 1, MAX_LIMIT, 'limit');
    const answer = await this.scopes.read(scope, via, limit);
    this.consultNodes('Query.network', answer.nodes);
    this.consultCases('Query.network', answer.edges);
    return { ...answer, size: sizeOf(answer) };
  }

  async keyPlayers(
    scopeInput: NetworkScopeInput,
    measure: Measure,
    first: number | null | undefined,
    viaInput: readonly string[] | null | undefined,
    limitInput: number | null | undefined,
  ) {
    assertCan(this.scope.principal, 'network:read');
    const scope = checkScope(scopeInput);
    const via = checkVia(viaInput);
    const count = checkRange(first ?? 10, 1, 100, 'first');
    const limit = checkRange(limitInput ?? DEFAULT_ANALYSIS_LIMIT, 1, MAX_ANALYSIS_LIMIT, 'limit');
    const answer = await this.scopes.read(scope, via, limit);
    const nodes = new Map(answer.nodes.map((node) => [node.id, node]));
    const graph = analysisGraph(answer.nodes, answer.edges);
    const players = keyPlayers(graph, measure, count).map((ranked) => ({ ...ranked, node: nodes.get(ranked.id)! }));
    this.consultNodes(
      'Query.keyPlayers',
      players.map((player) => player.node),
    );
    return { measure, players, approximate: approximates(graph, measure), size: sizeOf(answer) };
  }

  async communities(scopeInput: NetworkScopeInput, viaInput: readonly string[] | null | undefined, limitInput: number | null | undefined) {
    assertCan(this.scope.principal, 'network:read');
    const scope = checkScope(scopeInput);
    const via = checkVia(viaInput);
    const limit = checkRange(limitInput ?? DEFAULT_ANALYSIS_LIMIT, 1, MAX_ANALYSIS_LIMIT, 'limit');
    const answer = await this.scopes.read(scope, via, limit);
    const nodes = new Map(answer.nodes.map((node) => [node.id, node]));
    const found = communities(analysisGraph(answer.nodes, answer.edges));
    const groups = found.groups.map((group) => ({ index: group.index, size: group.members.length, members: group.members.map((id) => nodes.get(id)!) }));
    this.consultNodes('Query.communities', answer.nodes);
    return { groups, modularity: found.modularity, size: sizeOf(answer) };
  }

  /**
   * Every shortest chain of links between two records the viewer may see, up to `maxHops` long,
   * each step with the links (kind and case) that join it. A record the viewer may not see is
   * refused as if it did not exist; a chain through hidden records is never found.
   */
  async paths(
    fromInput: RecordRef,
    toInput: RecordRef,
    maxHopsInput: number | null | undefined,
    viaInput: readonly string[] | null | undefined,
    first: number | null | undefined,
  ): Promise<FoundPaths> {
    assertCan(this.scope.principal, 'network:read');
    const from = checkRecord(fromInput, 'from');
    const to = checkRecord(toInput, 'to');
    const maxHops = checkRange(maxHopsInput ?? 4, 1, MAX_PATH_HOPS, 'maxHops');
    const via = checkVia(viaInput);
    const count = checkRange(first ?? 10, 1, MAX_PATHS, 'first');
    const ends = await this.repository.records(byKind([from, to]), this.scope.access, this.scope.meta);
    const known = new Map(ends.map((node) => [node.id, node]));
    for (const [field, ref] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!known.has(ref.id)) throw new CrosslinkError('NOT_FOUND', `No such ${ref.kind.toLowerCase()}, or you may not see it`, { field });
    }
    const search = new ShortestPathSearch(from.id, to.id);
    let truncated = false;
    for (let hop = 1; hop <= maxHops && !search.found && search.frontier.length > 0; hop++) {
      if (search.reached > PATH_SEARCH_REACH) {
        truncated = true;
        break;
      }
      const frontier = search.frontier.map((id) => known.get(id)!);
      const { rows, capped } = await this.repository.linksAround(byKind(frontier), via, noFilter, PATH_SEARCH_REACH, known, this.scope.access, this.scope.meta);
      if (capped) truncated = true;
      const edges: NetworkEdge[] = [];
      for (const row of rows) {
        if (row.link === null) continue;
        const { link } = row;
        if (!known.has(link.farId)) known.set(link.farId, { id: link.farId, kind: link.farKind, label: link.farLabel ?? '', foreign: link.farForeign });
        edges.push({ kind: link.kind, from: row.nearId, to: link.farId, caseId: link.caseId, caseReference: link.caseReference, force: link.force });
      }
      search.advance(edges);
    }
    const paths = search.paths(count).map((ids) => ({
      nodes: ids.map((id) => known.get(id)!),
      steps: ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id, links: search.linksBetween(ids[i]!, id) })),
    }));
    this.consultNodes(
      'Query.paths',
      paths.flatMap((path) => path.nodes),
    );
    this.consultCases(
      'Query.paths',
      paths.flatMap((path) => path.steps.flatMap((step) => step.links)),
    );
    return { hops: paths[0] === undefined ? null : paths[0].nodes.length - 1, paths, truncated };
  }

  /**
   * Who in a scope is at risk: people in no case as a suspect whose family, household or friends
   * are, and flagged victims with their links to suspects (see people-at-risk.ts).
   */
  async peopleAtRisk(
    scopeInput: NetworkScopeInput,
    first: number | null | undefined,
    limitInput: number | null | undefined,
  ): Promise<AtRisk & { size: ScopeSize }> {
    assertCan(this.scope.principal, 'network:read');
    const scope = checkScope(scopeInput);
    const count = checkRange(first ?? 20, 1, 100, 'first');
    const limit = checkRange(limitInput ?? DEFAULT_ANALYSIS_LIMIT, 1, MAX_ANALYSIS_LIMIT, 'limit');
    const answer = await this.scopes.read(scope, [...closeLinks, 'KNOWS_SN', 'KNOWS_PHONE', 'CO_OFFENDING'], limit);
    const personIds = answer.nodes.filter((n) => n.kind === 'PERSON').map((n) => n.id);
    const profiles = await this.repository.riskProfiles(personIds, this.scope.access, this.scope.meta);
    const found = peopleAtRisk(answer.nodes, answer.edges, profiles, new Date(), count);
    for (const person of [...found.exposed, ...found.flaggedVictims]) {
      this.consultNodes('Query.peopleAtRisk', [person.node, ...person.offenderContacts.map((c) => c.node)]);
      this.consultCases(
        'Query.peopleAtRisk',
        person.offenderContacts.flatMap((c) => c.links),
      );
    }
    return { ...found, size: sizeOf(answer) };
  }

  /**
   * A deal line's footprint from its number's record: handsets and holders, controllers and runners
   * (children marked), cuckooed addresses, the forces and cases it touches (forces only, where the
   * viewer may not see the case) and its timeline. A phone the viewer may not see is refused as if
   * it did not exist.
   */
  async countyLine(phoneId: string): Promise<Footprint> {
    assertCan(this.scope.principal, 'network:read');
    const row = await this.repository.countyLine(phoneId, LINE_EVENTS, this.scope.access, this.scope.meta);
    if (row === null) throw new CrosslinkError('NOT_FOUND', 'No such phone, or you may not see it', { field: 'phoneId' });
    const footprint = footprintOf(row, new Date());
    const action = 'Query.countyLine';
    this.scope.audit.consult(action, 'Phone', footprint.phone.id, footprint.phone);
    for (const c of footprint.cases) this.scope.audit.consult(action, 'Case', c.id, c);
    for (const p of row.people) this.scope.audit.consult(action, 'Person', p.id, p);
    for (const a of new Set(row.people.flatMap((p) => p.addresses.map((l) => l.id)))) this.scope.audit.consult(action, 'Location', a);
    for (const e of footprint.timeline) this.scope.audit.consult(action, 'Event', e.id, e);
    return footprint;
  }

  /** Places touched by the most visible cases, with coordinates for a map. */
  async hotspots(filterInput: NetworkScopeInput['filter'], first: number | null | undefined): Promise<Hotspot[]> {
    assertCan(this.scope.principal, 'network:read');
    const filter = checkFilter(filterInput, 'filter');
    const count = checkRange(first ?? 20, 1, 500, 'first');
    const rows = await this.repository.hotspots(filter, count, this.scope.access, this.scope.meta);
    for (const row of rows) this.scope.audit.consult('Query.hotspots', 'Location', row.location.id, row.location);
    return rows.map((row) => ({ ...row, cases: Number(row.cases) }));
  }

  /** Counts of the cases the viewer may see, grouped as asked; no record leaves, so none is consulted. */
  async crimeStatistics(groupByInput: readonly Grouping[], filterInput: NetworkScopeInput['filter']): Promise<CrimeCount[]> {
    assertCan(this.scope.principal, 'network:read');
    const groupBy = checkGroupBy(groupByInput);
    const filter = checkFilter(filterInput, 'filter');
    return this.repository.crimeStatistics(groupBy, filter, 1_000, this.scope.access, this.scope.meta);
  }

  /**
   * Discloses a scope's network to named recipients outside Crosslink, as GraphML, CSV (nodes and
   * edges files) or an i2 ANX chart graded 3x5x2 by the analyst. Always needs a purpose; audited as
   * one disclosure naming every record and case in the files and the recipients, committed before the
   * files are returned. Withheld markers stay out: another force's knowledge is not passed on.
   * The channel says how large it may be and the action its event names (the API's, by default).
   */
  async exportNetwork(input: ExportNetworkInput, channel: ExportChannel = apiExport): Promise<NetworkExport> {
    assertCan(this.scope.principal, 'network:export');
    const { scope, via, limit, recipients, grade } = checkExport(input, channel.maxLimit);
    const purpose = this.scope.audit.requirePurpose('Exporting a network');
    const answer = await this.scopes.read(scope, via, limit);
    if (answer.nodes.length === 0) throw new CrosslinkError('NOT_FOUND', 'Nothing in this scope that you may see', { field: 'input.scope' });
    const records = exportedRecords(answer);
    const owners = [...new Set(answer.edges.flatMap((edge) => (edge.force === null ? [] : [edge.force])))];
    const foreign = answer.nodes.some((node) => node.foreign);
    const exportedAt = await this.repository.disclose(channel.action, records, recipients, owners, foreign, this.scope.meta);
    const exportedBy = this.scope.principal.username;
    const files = exportFiles(input.format, answer, grade, { title: `Crosslink network export for ${recipients.join(', ')}`, exportedBy, exportedAt });
    return { format: input.format, recipients, purpose, exportedBy, exportedAt, records, size: sizeOf(answer), withheld: answer.withheld.length, files };
  }

  private consultNodes(action: string, nodes: readonly NetworkNode[]): void {
    for (const node of nodes) this.scope.audit.consult(action, nodeLabels[node.kind], node.id, node);
  }

  /** The cases links name are consulted too: their id, reference and force reach the answer. */
  private consultCases(action: string, edges: readonly NetworkEdge[]): void {
    for (const edge of edges) {
      if (edge.caseId !== null) this.scope.audit.consult(action, 'Case', edge.caseId, { id: edge.caseId, force: edge.force });
    }
  }
}

function sizeOf(answer: NetworkAnswer): ScopeSize {
  return { nodes: answer.nodes.length, edges: answer.edges.length, truncated: answer.truncated };
}

/** Every record an export holds, as `Label:id`: its nodes and the cases its links name. */
function exportedRecords(answer: NetworkAnswer): AuditRecord[] {
  const records = [
    ...answer.nodes.map((node) => `${nodeLabels[node.kind]}:${node.id}`),
    ...answer.edges.flatMap((edge) => (edge.caseId === null ? [] : [`Case:${edge.caseId}`])),
  ];
  return [...new Set(records)].sort();
}
