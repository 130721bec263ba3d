import { describe, expect, it } from 'vitest';
import { byKind, NetworkAssembly } from './network.assembly.js';
import type { NetworkNode } from './network.model.js';
import type { LinkRow } from './network.links.js';

const person = (id: string): NetworkNode => ({ id, kind: 'PERSON', label: id, foreign: false });
const shown = (nearId: string, farId: string, caseId = 'c1'): LinkRow => ({
  nearId,
  link: { kind: 'KNOWS', farId, farKind: 'PERSON', farLabel: farId, farForeign: false, caseId, caseReference: 'GMP-1', force: 'GMP' },
  withheldBy: null,
});
const hidden = (nearId: string, force: string): LinkRow => ({ nearId, link: null, withheldBy: force });

describe('network assembly', () => {
  it('grows by the far ends of shown links and returns them as the next frontier', () => {
    const a = new NetworkAssembly(10);
    a.addNodes([person('A')]);
    const next = a.addLinks([shown('A', 'B'), shown('A', 'C'), shown('A', 'B', 'c2')], true);
    expect(next.map((n) => n.id)).toEqual(['B', 'C']);
    const answer = a.answer();
    expect(answer.nodes.map((n) => n.id)).toEqual(['A', 'B', 'C']);
    expect(answer.edges).toHaveLength(3);
    expect(answer.truncated).toBe(false);
  });

  it('keeps a link once whichever end it was read from', () => {
    const a = new NetworkAssembly(10);
    a.addNodes([person('A'), person('B')]);
    a.addLinks([shown('A', 'B'), shown('B', 'A')], false);
    expect(a.answer().edges).toHaveLength(1);
  });

  it('stops at the limit and says the answer is truncated', () => {
    const a = new NetworkAssembly(2);
    a.addNodes([person('A')]);
    a.addLinks([shown('A', 'B'), shown('A', 'C')], true);
    const answer = a.answer();
    expect(answer.nodes.map((n) => n.id)).toEqual(['A', 'B']);
    expect(answer.edges.map((e) => e.to)).toEqual(['B']);
    expect(answer.truncated).toBe(true);
  });

  it('on the closing hop keeps only links among records already held', () => {
    const a = new NetworkAssembly(10);
    a.addNodes([person('A'), person('B')]);
    expect(a.addLinks([shown('A', 'B'), shown('A', 'Z')], false)).toEqual([]);
    expect(a.answer().nodes.map((n) => n.id)).toEqual(['A', 'B']);
    expect(a.answer().edges).toHaveLength(1);
  });

  it('keeps withheld links only as the forces that know of something touching each record', () => {
    const a = new NetworkAssembly(10);
    a.addNodes([person('A'), person('B')]);
    a.addLinks([hidden('B', 'MPS'), hidden('A', 'MPS'), hidden('A', 'WMP'), hidden('A', 'MPS')], true);
    expect(a.answer().withheld).toEqual([
      { force: 'MPS', touches: ['A', 'B'] },
      { force: 'WMP', touches: ['A'] },
    ]);
    expect(a.answer().nodes).toHaveLength(2);
  });

  it('groups ids by kind', () => {
    expect(byKind([person('A'), { ...person('P'), kind: 'PHONE' }, person('B')])).toEqual({ PERSON: ['A', 'B'], PHONE: ['P'] });
  });
});
