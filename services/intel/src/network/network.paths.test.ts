import { describe, expect, it } from 'vitest';
import type { NetworkEdge } from './network.model.js';
import { ShortestPathSearch } from './network.paths.js';

const link = (from: string, to: string, caseId = 'c1', kind: NetworkEdge['kind'] = 'KNOWS'): NetworkEdge => ({
  kind,
  from,
  to,
  caseId,
  caseReference: null,
  force: 'GMP',
});

/** Runs a search over a fixed list of links, handing it those touching the frontier each hop. */
function search(links: readonly NetworkEdge[], from: string, to: string, maxHops: number) {
  const s = new ShortestPathSearch(from, to);
  for (let hop = 0; hop < maxHops && !s.found && s.frontier.length > 0; hop++) {
    const frontier = new Set(s.frontier);
    s.advance(links.filter((l) => frontier.has(l.from) || frontier.has(l.to)));
  }
  return s;
}

describe('shortest paths', () => {
  const links = [link('S', 'A'), link('A', 'T'), link('S', 'B'), link('T', 'B'), link('S', 'C'), link('C', 'D'), link('D', 'T')];

  it('finds every shortest path and none longer', () => {
    expect(search(links, 'S', 'T', 6).paths(10)).toEqual([
      ['S', 'A', 'T'],
      ['S', 'B', 'T'],
    ]);
  });

  it('gives at most the number asked for', () => {
    expect(search(links, 'S', 'T', 6).paths(1)).toEqual([['S', 'A', 'T']]);
  });

  it('finds nothing beyond the hops allowed', () => {
    const s = search(links, 'S', 'T', 1);
    expect(s.found).toBe(false);
    expect(s.paths(10)).toEqual([]);
  });

  it('finds nothing when the records are not connected', () => {
    const s = search([link('S', 'A'), link('T', 'B')], 'S', 'T', 6);
    expect(s.found).toBe(false);
    expect(s.frontier).toEqual([]);
  });

  it('keeps every link joining two steps of a path, one per kind and case', () => {
    const s = search([link('S', 'T', 'c1'), link('T', 'S', 'c2'), link('S', 'T', 'c1'), link('S', 'T', 'c1', 'FAMILY_REL')], 'S', 'T', 3);
    expect(s.paths(5)).toEqual([['S', 'T']]);
    expect(s.linksBetween('T', 'S').map((l) => `${l.kind}:${l.caseId}`)).toEqual(['KNOWS:c1', 'KNOWS:c2', 'FAMILY_REL:c1']);
  });

  it('counts paths through both branches of a diamond twice over', () => {
    const diamond = [link('S', 'A'), link('S', 'B'), link('A', 'M'), link('B', 'M'), link('M', 'C'), link('M', 'D'), link('C', 'T'), link('D', 'T')];
    expect(search(diamond, 'S', 'T', 6).paths(10)).toHaveLength(4);
  });
});
