import { describe, expect, it } from 'vitest';
import { edgeKey } from './graph-build.js';
import type { Paths } from './network-fields.js';
import { pathHighlight, pathsAsNetwork, stepsOf } from './paths.js';
import { link, person, phone } from './fixtures.testing.js';

const paths: Paths = {
  hops: 2,
  truncated: false,
  paths: [
    {
      nodes: [person('a', 'Ann'), phone('ph', '+44 7700 900001'), person('c', 'Cat')],
      steps: [
        { from: 'a', to: 'ph', links: [link('a', 'ph', 'HOLDS_PHONE', 'c1')] },
        { from: 'ph', to: 'c', links: [link('c', 'ph', 'HOLDS_PHONE', 'c2', 'WMP'), link('c', 'ph', 'HOLDS_PHONE', 'c3')] },
      ],
    },
    {
      nodes: [person('a', 'Ann'), person('b', 'Bob'), person('c', 'Cat')],
      steps: [
        { from: 'a', to: 'b', links: [link('a', 'b')] },
        { from: 'b', to: 'c', links: [link('b', 'c', 'FAMILY_REL')] },
      ],
    },
  ],
};

describe('paths', () => {
  it('merges as a network of their records and links, once each', () => {
    const answer = pathsAsNetwork(paths);
    expect(answer.nodes.map((node) => node.id).sort()).toEqual(['a', 'b', 'c', 'ph']);
    expect(answer.edges).toHaveLength(5);
    expect(answer.withheld).toEqual([]);
  });

  it('highlights every record and link on any path', () => {
    const highlight = pathHighlight(paths)!;
    expect([...highlight.nodes].sort()).toEqual(['a', 'b', 'c', 'ph']);
    expect(highlight.edges.has(edgeKey(link('ph', 'c', 'HOLDS_PHONE', 'c2', 'WMP')))).toBe(true);
    expect(highlight.edges.size).toBe(5);
    expect(pathHighlight({ hops: null, truncated: false, paths: [] })).toBeNull();
  });

  it('lists each step by label, with the kind and case of every link joining it', () => {
    expect(stepsOf(paths.paths[0]!)).toEqual([
      { from: 'Ann', to: '+44 7700 900001', links: [{ kind: 'HOLDS_PHONE', caseReference: 'GMP-2026-c1', force: 'GMP' }] },
      {
        from: '+44 7700 900001',
        to: 'Cat',
        links: [
          { kind: 'HOLDS_PHONE', caseReference: 'WMP-2026-c2', force: 'WMP' },
          { kind: 'HOLDS_PHONE', caseReference: 'GMP-2026-c3', force: 'GMP' },
        ],
      },
    ]);
  });
});
