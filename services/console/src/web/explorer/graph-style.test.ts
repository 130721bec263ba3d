import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph-build.js';
import {
  MAX_SCORED_SIZE,
  applyCommunities,
  applyScores,
  clearCommunities,
  clearScores,
  communityPalette,
  kindColors,
  labelThreshold,
  otherCommunity,
} from './graph-style.js';
import { link, network, person, phone } from './fixtures.testing.js';

const graph = () => buildGraph(network([person('a'), person('b'), person('c'), phone('d')], [link('a', 'b'), link('b', 'c'), link('c', 'd', 'HOLDS_PHONE')]));

describe('applyScores', () => {
  it('sizes key players by score, the top one largest, and leaves the rest at their base size', () => {
    const g = graph();
    const shown = applyScores(g, [
      { node: { id: 'b', kind: 'PERSON', label: 'b' }, score: 4 },
      { node: { id: 'd', kind: 'PHONE', label: 'd' }, score: 1 },
      { node: { id: 'elsewhere', kind: 'PERSON', label: 'x' }, score: 2 },
    ]);
    expect(shown).toBe(2);
    expect(g.getNodeAttribute('b', 'size')).toBe(MAX_SCORED_SIZE);
    expect(g.getNodeAttribute('d', 'size')).toBeCloseTo(4 + 0.5 * (MAX_SCORED_SIZE - 4));
    expect(g.getNodeAttribute('a', 'size')).toBe(5);
    expect(g.getNodeAttribute('b', 'score')).toBe(4);
    clearScores(g);
    expect(g.getNodeAttribute('b', 'size')).toBe(5);
    expect(g.getNodeAttribute('b', 'score')).toBeNull();
  });

  it('copes with scores of nothing', () => {
    const g = graph();
    applyScores(g, [{ node: { id: 'a', kind: 'PERSON', label: 'a' }, score: 0 }]);
    expect(g.getNodeAttribute('a', 'size')).toBe(5);
  });
});

describe('applyCommunities', () => {
  it('colours records by group, largest first, and counts those in view', () => {
    const g = graph();
    const groups = [
      { index: 3, size: 3, members: [{ id: 'a' }, { id: 'b' }, { id: 'far' }] },
      { index: 0, size: 1, members: [{ id: 'c' }] },
    ];
    expect(applyCommunities(g, groups)).toEqual([
      { index: 3, size: 3, color: communityPalette[0], inView: 2 },
      { index: 0, size: 1, color: communityPalette[1], inView: 1 },
    ]);
    expect(g.getNodeAttribute('a', 'color')).toBe(communityPalette[0]);
    expect(g.getNodeAttribute('a', 'community')).toBe(3);
    expect(g.getNodeAttribute('d', 'color')).toBe(kindColors.PHONE);
    clearCommunities(g);
    expect(g.getNodeAttribute('a', 'color')).toBe(kindColors.PERSON);
    expect(g.getNodeAttribute('a', 'community')).toBeNull();
  });

  it('gives groups past the palette one grey', () => {
    const groups = Array.from({ length: communityPalette.length + 2 }, (_, index) => ({ index, size: 1, members: [] }));
    expect(applyCommunities(graph(), groups).at(-1)?.color).toBe(otherCommunity);
  });
});

describe('labelThreshold', () => {
  it('shows every label on a small graph and fewer as it grows', () => {
    expect(labelThreshold(50)).toBe(0);
    expect(labelThreshold(800)).toBeGreaterThan(0);
    expect(labelThreshold(5_000)).toBeGreaterThan(labelThreshold(800));
  });
});
