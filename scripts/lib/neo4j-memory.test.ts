import { describe, expect, it } from 'vitest';
import { neo4jMemory } from './neo4j-memory.mjs';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('neo4jMemory', () => {
  it('keeps the defaults for a demo or test store', () => {
    expect(neo4jMemory(40 * MB, 24 * GB)).toEqual({ heap: '1g', pageCache: '256m' });
  });

  it('gives a large store a page cache that holds it, and a larger heap', () => {
    expect(neo4jMemory(3 * GB, 24 * GB)).toEqual({ heap: '2048m', pageCache: `${Math.floor((3 * GB * 1.25) / MB)}m` });
    expect(neo4jMemory(6 * GB, 24 * GB)).toEqual({ heap: '4096m', pageCache: '7680m' });
  });

  it('never asks for more than the machine can give', () => {
    expect(neo4jMemory(20 * GB, 8 * GB)).toEqual({ heap: '2048m', pageCache: `${Math.floor((8 * GB * 0.4) / MB)}m` });
  });
});
