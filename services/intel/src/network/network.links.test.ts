import { describe, expect, it } from 'vitest';
import { joinLinks, LINK_FIELD_SEPARATOR, type LinksRead } from './network.links.js';
import type { NetworkNode } from './network.model.js';

const link = (...fields: string[]) => fields.join(LINK_FIELD_SEPARATOR);

const read: LinksRead = {
  links: [
    link('p1', 'KNOWS', 'c1', 'p2', 'PERSON'),
    link('p1', 'KNOWS', 'c1', 'p2', 'PERSON'), // the same link read again
    link('p1', 'KNOWS', 'hidden-case', 'p3', 'PERSON'),
    link('p1', 'HOLDS_PHONE', 'c1', 'ph1', 'PHONE'),
    link('p1', 'KNOWS', 'c1', 'p4', 'PERSON'),
    link('p1', 'KNOWS', 'c2', 'p4', 'PERSON'),
    link('p1', 'KNOWS', 'filtered-out', 'p2', 'PERSON'),
    link('p1', 'LIVES_AT', '', 'l1', 'LOCATION'),
    link('p1', 'SAME_PERSON', '', 'p2', 'PERSON'),
    link('p1', 'SAME_PERSON', '', 'p5', 'PERSON'),
  ],
  cases: [
    ['c1', 'MPS-1', 'MPS', true],
    ['c2', 'GMP-1', 'GMP', true],
    ['hidden-case', 'WMP-9', 'WMP', false],
  ],
  records: [
    ['p2', 'PERSON', 'Ann Able', true],
    ['p3', 'PERSON', 'Bea Brown', false],
    ['ph1', 'PHONE'],
    ['p5', 'PERSON'],
  ],
};

describe('joinLinks', () => {
  const rows = joinLinks(read, new Map<string, NetworkNode>([['p4', { id: 'p4', kind: 'PERSON', label: 'Cal Cole', foreign: false }]]));

  it('shows a link whose case and far record are both visible, with the case and the record’s label', () => {
    expect(rows.filter((row) => row.link?.farId === 'p2' && row.link.kind === 'KNOWS')).toEqual([
      {
        nearId: 'p1',
        link: { kind: 'KNOWS', farId: 'p2', farKind: 'PERSON', farLabel: 'Ann Able', farForeign: true, caseId: 'c1', caseReference: 'MPS-1', force: 'MPS' },
        withheldBy: null,
      },
    ]);
  });

  it('withholds a link whose case or far record is hidden, keeping only the force of its case, once per force', () => {
    const withheld = rows.filter((row) => row.link === null);
    expect(withheld).toEqual([
      { nearId: 'p1', link: null, withheldBy: 'WMP' },
      { nearId: 'p1', link: null, withheldBy: 'MPS' },
    ]);
    expect(JSON.stringify(withheld)).not.toContain('p3');
    expect(JSON.stringify(withheld)).not.toContain('ph1');
  });

  it('takes a record the caller already holds as visible, with the label it holds, once per case asserting the link', () => {
    expect(rows.filter((row) => row.link?.farId === 'p4').map((row) => [row.link?.caseId, row.link?.farLabel])).toEqual([
      ['c1', 'Cal Cole'],
      ['c2', 'Cal Cole'],
    ]);
  });

  it('leaves out links whose case is missing or outside the filter', () => {
    expect(rows.some((row) => row.link?.caseId === 'filtered-out' || row.link?.farId === 'l1')).toBe(false);
    expect(rows).toHaveLength(6);
  });

  it('shows a decision that two records are one person, which names no case, only beside a visible record', () => {
    expect(rows.filter((row) => row.link?.kind === 'SAME_PERSON')).toEqual([
      {
        nearId: 'p1',
        link: { kind: 'SAME_PERSON', farId: 'p2', farKind: 'PERSON', farLabel: 'Ann Able', farForeign: true, caseId: null, caseReference: null, force: null },
        withheldBy: null,
      },
    ]);
  });

  it('marks both ends of a withheld link between two records of the frontier, which was read from one end only', () => {
    const between = joinLinks({ ...read, links: [link('p1', 'KNOWS', 'hidden-case', 'p2', 'PERSON')] }, new Map(), new Set(['p1', 'p2']));
    expect(between).toEqual([
      { nearId: 'p1', link: null, withheldBy: 'WMP' },
      { nearId: 'p2', link: null, withheldBy: 'WMP' },
    ]);
    const outward = joinLinks({ ...read, links: [link('p1', 'KNOWS', 'hidden-case', 'p2', 'PERSON')] }, new Map(), new Set(['p1']));
    expect(outward).toEqual([{ nearId: 'p1', link: null, withheldBy: 'WMP' }]);
  });

  it('refuses a link read back with the wrong number of fields', () => {
    expect(() => joinLinks({ ...read, links: [link('p1', 'KNOWS', 'c1', 'p2')] })).toThrow(/malformed/);
  });
});
