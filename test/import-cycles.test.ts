import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../scripts/lib/import-graph.js';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('the services’ modules', () => {
  it('import one another without a cycle', () => {
    const graph = importGraph(root);
    expect(graph.size).toBeGreaterThan(300);
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('importCycles', () => {
  it('finds a cycle, and a module importing itself, and nothing in a tree', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c', 'd']],
      ['c', ['a']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(importCycles(graph).sort()).toEqual([['a', 'b', 'c'], ['e']]);
  });
});
