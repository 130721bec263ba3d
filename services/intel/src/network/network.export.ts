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
