import { describe, expect, it } from 'vitest';
import type { NetworkEdge, NetworkNode } from './network.model.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { csvCell, exportFiles, toAnx, toCsv, toGraphml } from './network.export.js';

const nodes: NetworkNode[] = [
  { id: 'p1', kind: 'PERSON', label: 'Dwayne "D" Mercer & co', foreign: false },
  { id: 'ph1', kind: 'PHONE', label: '+447700900461', foreign: false },
  { id: 'l1', kind: 'LOCATION', label: '=HYPERLINK("x"), M14 4RS', foreign: false },
];
const edges: NetworkEdge[] = [
  { kind: 'HOLDS_PHONE', from: 'p1', to: 'ph1', caseId: 'c1', caseReference: 'GMP-2026-00001', force: 'GMP' },
  { kind: 'LIVES_AT', from: 'p1', to: 'l1', caseId: null, caseReference: null, force: null },
];

/** Reads a CSV file back as rows of cells, by RFC 4180. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('GraphML', () => {
  it('writes every node and link with its kind, label and case, escaped', () => {
    const xml = toGraphml({ nodes, edges });
    expect(xml).toContain('<node id="p1"><data key="kind">PERSON</data><data key="label">Dwayne &quot;D&quot; Mercer &amp; co</data></node>');
    expect(xml).toContain(
      '<edge id="e0" source="p1" target="ph1"><data key="link">HOLDS_PHONE</data><data key="caseId">c1</data><data key="caseReference">GMP-2026-00001</data><data key="force">GMP</data></edge>',
    );
    expect(xml).toContain('<edge id="e1" source="p1" target="l1"><data key="link">LIVES_AT</data></edge>');
    expect(xml.match(/<node /g)).toHaveLength(3);
    // Well formed: every element opened is closed, in order.
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      if (selfClosing === '/') continue;
      if (close === '/') expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });
});

describe('CSV', () => {
  it('round-trips nodes and edges through a CSV reader', () => {
    const csv = toCsv({ nodes, edges });
    const nodeRows = parseCsv(csv.nodes);
    expect(nodeRows[0]).toEqual(['id', 'kind', 'label']);
    expect(nodeRows[1]).toEqual(['p1', 'PERSON', 'Dwayne "D" Mercer & co']);
    expect(parseCsv(csv.edges)).toEqual([
      ['source', 'target', 'kind', 'caseId', 'caseReference', 'force'],
      ['p1', 'ph1', 'HOLDS_PHONE', 'c1', 'GMP-2026-00001', 'GMP'],
      ['p1', 'l1', 'LIVES_AT', '', '', ''],
    ]);
  });

  it('keeps a spreadsheet from reading a cell as a formula', () => {
    expect(parseCsv(toCsv({ nodes, edges }).nodes)[3]?.[2]).toBe(`'=HYPERLINK("x"), M14 4RS`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('+44')).toBe("'+44");
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});

describe('ANX', () => {
  const grade = { sourceEvaluation: 1, assessment: 'C', handlingCode: 'P', handlingConditions: null } as const;
  const summary = { title: 'Export for <CPS>', exportedBy: 'analyst.nca', exportedAt: '2026-11-29T10:00:00Z' };
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).Chart;

  it('is well-formed XML: one typed entity per record, one link per link between them, escaped', () => {
    const xml = toAnx({ nodes, edges }, grade, summary);
    expect(XMLValidator.validate(xml)).toBe(true);
    const chart = parse(xml);
    const items = chart.ChartItemCollection.ChartItem as Record<string, any>[];
    const entities = items.filter((item) => item.End !== undefined).map((item) => item.End.Entity);
    expect(entities.map((entity) => entity.Identity)).toEqual(['p1', 'ph1', 'l1']);
    expect(entities.map((entity) => entity.Icon.IconStyle.Type)).toEqual(['Person', 'Phone', 'Address']);
    expect(items[0]!.Label).toBe('Dwayne "D" Mercer & co');
    const ids = new Set(entities.map((entity) => entity.EntityId));
    const links = items.filter((item) => item.Link !== undefined);
    expect(links.map((item) => item.Label)).toEqual(['HOLDS_PHONE', 'LIVES_AT']);
    for (const { Link } of links) expect(ids.has(Link.End1Id) && ids.has(Link.End2Id)).toBe(true);
    expect(chart.EntityTypeCollection.EntityType.map((type: { Name: string }) => type.Name)).toEqual(['Person', 'Phone', 'Address']);
    expect(chart.Summary.Title).toBe('Export for <CPS>');
  });

  it('names each link’s case as its source reference (none for an address) and grades every item 3x5x2', () => {
    const items = parse(toAnx({ nodes, edges }, grade, summary)).ChartItemCollection.ChartItem as Record<string, string>[];
    expect(items.filter((item) => item.SourceReference !== undefined).map((item) => [item.Label, item.SourceReference, item.Description])).toEqual([
      ['HOLDS_PHONE', 'GMP-2026-00001', 'HOLDS_PHONE in GMP-2026-00001 (GMP)'],
    ]);
    // 1 C P: indexes into the chart's grade collections, which list the 3x5x2 scales in order.
    for (const item of items) expect([item.GradeOneIndex, item.GradeTwoIndex, item.GradeThreeIndex]).toEqual(['0', '2', '0']);
    const chart = parse(toAnx({ nodes, edges }, { sourceEvaluation: 3, assessment: 'E', handlingCode: 'C', handlingConditions: 'Police only' }, summary));
    const first = chart.ChartItemCollection.ChartItem[0];
    expect(chart.GradeOne.StringCollection.String[Number(first.GradeOneIndex)]).toMatch(/^3 /);
    expect(chart.GradeTwo.StringCollection.String[Number(first.GradeTwoIndex)]).toMatch(/^E /);
    expect(chart.GradeThree.StringCollection.String[Number(first.GradeThreeIndex)]).toMatch(/^C /);
    expect(chart.Summary.Comments).toContain('graded 3EC. Handling conditions: Police only');
  });
});

describe('export files', () => {
  it('gives each format its files and media types', () => {
    const network = { nodes, edges };
    const summary = { title: 't', exportedBy: 'a', exportedAt: 'now' };
    expect(exportFiles('GRAPHML', network, null, summary).map((f) => f.name)).toEqual(['network.graphml']);
    expect(exportFiles('CSV', network, null, summary).map((f) => [f.name, f.mediaType])).toEqual([
      ['nodes.csv', 'text/csv'],
      ['edges.csv', 'text/csv'],
    ]);
    expect(exportFiles('ANX', network, { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P', handlingConditions: null }, summary)[0]?.name).toBe(
      'network.anx',
    );
    expect(() => exportFiles('ANX', network, null, summary)).toThrow();
  });
});
