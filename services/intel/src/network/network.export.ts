import type { NetworkExportFormat } from '../generated/schema-types.js';
import type { Grading } from '../intelligence/grading.js';
import type { NetworkEdge, NetworkNode } from './network.model.js';

/**
 * A network written out for other tools: GraphML for Gephi, yEd and networkx; CSV (a nodes file and
 * an edges file) for spreadsheets. Pure: what to write is decided (and audited) by the caller.
 */

export interface ExportedNetwork {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML attribute or element (input text is already free of control characters). */
export function xmlText(value: string): string {
  return value.replace(/[&<>"']/g, (c) => xmlEscapes[c]!);
}

export function toGraphml(network: ExportedNetwork): string {
  const data = (key: string, value: string | null) => (value === null ? '' : `<data key="${key}">${xmlText(value)}</data>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="link" for="edge" attr.name="kind" attr.type="string"/>',
    '  <key id="caseId" for="edge" attr.name="caseId" attr.type="string"/>',
    '  <key id="caseReference" for="edge" attr.name="caseReference" attr.type="string"/>',
    '  <key id="force" for="edge" attr.name="force" attr.type="string"/>',
    '  <graph id="crosslink" edgedefault="undirected">',
    ...network.nodes.map((n) => `    <node id="${xmlText(n.id)}">${data('kind', n.kind)}${data('label', n.label)}</node>`),
    ...network.edges.map(
      (e, i) =>
        `    <edge id="e${i}" source="${xmlText(e.from)}" target="${xmlText(e.to)}">${data('link', e.kind)}${data('caseId', e.caseId)}${data('caseReference', e.caseReference)}${data('force', e.force)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break (RFC 4180), and with a leading
 * apostrophe when a spreadsheet would read it as a formula (=, +, -, @, tab, carriage return).
 */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(network: ExportedNetwork): { nodes: string; edges: string } {
  const row = (cells: readonly (string | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;
  return {
    nodes: row(['id', 'kind', 'label']) + network.nodes.map((n) => row([n.id, n.kind, n.label])).join(''),
    edges:
      row(['source', 'target', 'kind', 'caseId', 'caseReference', 'force']) +
      network.edges.map((e) => row([e.from, e.to, e.kind, e.caseId, e.caseReference, e.force])).join(''),
  };
}

/** The 3x5x2 grade the disclosing analyst gives every item of a chart (see grading.ts). */
export type ChartGrade = Pick<Grading, 'sourceEvaluation' | 'assessment' | 'handlingCode' | 'handlingConditions'>;

/** What the chart says about itself: its title and who disclosed it, when. */
export interface ChartSummary {
  readonly title: string;
  readonly exportedBy: string;
  readonly exportedAt: string;
}

/** The 3x5x2 scales, in the order the chart's grade collections list them (an item's index points into these). */
const sourceEvaluations = ['1 Reliable', '2 Untested', '3 Not reliable'] as const;
const assessmentScale = [
  'A Known directly to the source',
  'B Known indirectly to the source but corroborated',
  'C Known indirectly to the source',
  'D Not known',
  'E Suspected to be false or malicious',
] as const;
const handlingCodes = ['P Lawful sharing permitted', 'C Lawful sharing permitted with conditions'] as const;

/** The i2 icon (entity type) each kind of record is drawn with. */
const anxEntityTypes = {
  PERSON: 'Person',
  PHONE: 'Phone',
  VEHICLE: 'Vehicle',
  EMAIL: 'E-mail',
  ONLINE_ACCOUNT: 'Online Account',
  BANK_ACCOUNT: 'Account',
  LOCATION: 'Address',
} as const satisfies Record<NetworkNode['kind'], string>;

/**
 * An i2 Analyst's Notebook exchange (ANX) chart: one entity per record (typed, its Crosslink id as
 * identity), one link per link, each naming its case reference as source reference, and every item
 * graded 3x5x2 with the grade the disclosing analyst gave the export (the chart's grade collections
 * hold the scales, in order). The handling conditions, if any, are the chart's summary.
 */
export function toAnx(network: ExportedNetwork, grade: ChartGrade, summary: ChartSummary): string {
  const grades = `GradeOneIndex="${grade.sourceEvaluation - 1}" GradeTwoIndex="${'ABCDE'.indexOf(grade.assessment)}" GradeThreeIndex="${grade.handlingCode === 'P' ? 0 : 1}"`;
  const strings = (values: readonly string[]) => `<StringCollection>${values.map((v) => `<String>${xmlText(v)}</String>`).join('')}</StringCollection>`;
  const entityIds = new Map(network.nodes.map((node, i) => [node.id, `n${i}`]));
  const kinds = [...new Set(network.nodes.map((node) => anxEntityTypes[node.kind]))];
  const linkTypes = [...new Set(network.edges.map((edge) => edge.kind))];
  const conditions = grade.handlingConditions === null ? '' : ` Handling conditions: ${grade.handlingConditions}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Chart Rigorous="true" IdReferenceLinking="false">`,
    `  <Summary><Title>${xmlText(summary.title)}</Title><Author>${xmlText(summary.exportedBy)}</Author><Comments>${xmlText(
      `Exported from Crosslink at ${summary.exportedAt}, graded ${grade.sourceEvaluation}${grade.assessment}${grade.handlingCode}.${conditions}`,
    )}</Comments></Summary>`,
    `  <GradeOne>${strings(sourceEvaluations)}</GradeOne>`,
    `  <GradeTwo>${strings(assessmentScale)}</GradeTwo>`,
    `  <GradeThree>${strings(handlingCodes)}</GradeThree>`,
    `  <EntityTypeCollection>${kinds.map((kind) => `<EntityType Name="${xmlText(kind)}" IconFile="${xmlText(kind)}" PreferredRepresentation="RepresentAsIcon"/>`).join('')}</EntityTypeCollection>`,
    `  <LinkTypeCollection>${linkTypes.map((kind) => `<LinkType Name="${kind}" Colour="0"/>`).join('')}</LinkTypeCollection>`,
    '  <ChartItemCollection>',
    ...network.nodes.map(
      (node) =>
        `    <ChartItem Label="${xmlText(node.label)}" Description="${node.kind}" ${grades}><End><Entity EntityId="${entityIds.get(node.id)!}" Identity="${xmlText(node.id)}" LabelIsIdentity="false"><Icon><IconStyle Type="${xmlText(anxEntityTypes[node.kind])}"/></Icon></Entity></End></ChartItem>`,
    ),
    ...network.edges.flatMap((edge) => {
      const [end1, end2] = [entityIds.get(edge.from), entityIds.get(edge.to)];
      if (end1 === undefined || end2 === undefined) return [];
      const source = edge.caseReference === null ? '' : ` SourceReference="${xmlText(edge.caseReference)}" SourceType="Case"`;
      const description = edge.caseReference === null ? edge.kind : `${edge.kind} in ${edge.caseReference} (${edge.force ?? 'unknown force'})`;
      return [
        `    <ChartItem Label="${edge.kind}" Description="${xmlText(description)}"${source} ${grades}><Link End1Id="${end1}" End2Id="${end2}"><LinkStyle Type="${edge.kind}" ArrowStyle="ArrowNone" MlStyle="MultiplicityMultiple"/></Link></ChartItem>`,
      ];
    }),
    '  </ChartItemCollection>',
    '</Chart>',
  ];
  return `${lines.join('\n')}\n`;
}

export type ExportFormat = NetworkExportFormat;

export interface ExportFile {
  readonly name: string;
  readonly mediaType: string;
  readonly content: string;
}

/** The files of an export in the format asked for; ANX needs the grade its items carry. */
export function exportFiles(format: ExportFormat, network: ExportedNetwork, grade: ChartGrade | null, summary: ChartSummary): ExportFile[] {
  switch (format) {
    case 'GRAPHML':
      return [{ name: 'network.graphml', mediaType: 'application/graphml+xml', content: toGraphml(network) }];
    case 'CSV': {
      const { nodes, edges } = toCsv(network);
      return [
        { name: 'nodes.csv', mediaType: 'text/csv', content: nodes },
        { name: 'edges.csv', mediaType: 'text/csv', content: edges },
      ];
    }
    case 'ANX':
      if (grade === null) throw new Error('an ANX chart needs a grade');
      return [{ name: 'network.anx', mediaType: 'application/xml', content: toAnx(network, grade, summary) }];
  }
}
