import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allocatePeople, forceCodes, forces } from './forces.js';

describe('forces', () => {
  it('are the territorial forces of the forces migration, in its order', () => {
    const migration = readFileSync(new URL('../../../../infra/neo4j/migrations/0002_forces.cypher', import.meta.url), 'utf8');
    const territorial = [...migration.matchAll(/\{code: '([A-Z]+)', name: '[^']*', kind: 'TERRITORIAL'\}/g)].map((m) => m[1]);
    expect(territorial).toHaveLength(43);
    expect(forceCodes).toEqual(territorial);
  });

  it('each have a centre in England or Wales, postcode districts and a registration letter', () => {
    for (const force of forces) {
      expect(force.lat).toBeGreaterThan(49.9);
      expect(force.lat).toBeLessThan(55.9);
      expect(force.lon).toBeGreaterThan(-5.8);
      expect(force.lon).toBeLessThan(1.8);
      expect(force.districts.length).toBeGreaterThan(0);
      for (const district of force.districts) expect(district).toMatch(/^[A-Z]{1,2}\d[A-Z\d]?$/);
      expect(force.regLetter).toMatch(/^[A-Y]$/);
    }
  });
});

describe('allocatePeople', () => {
  it('spreads people by population: the total is n and the Met has more than the City', () => {
    const counts = allocatePeople(20_000);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(counts['MPS']).toBeGreaterThan(counts['COLP'] ?? Infinity);
    expect(counts['MPS']).toBeGreaterThan(counts['GMP'] ?? Infinity);
    expect(counts['GMP']).toBeGreaterThan(counts['CUMB'] ?? Infinity);
    for (const code of forceCodes) expect(counts[code]).toBeGreaterThanOrEqual(5);
  });

  it('gives every force a few even for the smallest graph', () => {
    for (const n of [100, 101, 215, 1_000, 5_000_000]) {
      const counts = allocatePeople(n);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(n);
      for (const code of forceCodes) expect(counts[code]).toBeGreaterThanOrEqual(2);
    }
  });
});
