import { describe, expect, it } from 'vitest';
import type { NetworkEdge, NetworkNode } from './network.model.js';
import { csvCell, toCsv, toGraphml } from './network.export.js';

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
