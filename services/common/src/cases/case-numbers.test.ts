import { describe, expect, it } from 'vitest';
import { int } from '../neo4j/cypher.js';
import { caseReference, takeCaseNumbers } from './case-numbers.js';

describe('caseReference', () => {
  it.each([
    ['GMP', 2026, 42, 'GMP-2026-00042'],
    ['WMP', 2025, 1, 'WMP-2025-00001'],
    ['NCA', 2026, 99999, 'NCA-2026-99999'],
    ['NCA', 2026, 100000, 'NCA-2026-100000'],
    ['MPS', 2026, 1234567, 'MPS-2026-1234567'],
  ])('numbers case %s/%d/%d as %s', (force, year, sequence, expected) => {
    expect(caseReference(force, year, sequence)).toBe(expected);
  });
});

describe('takeCaseNumbers', () => {
  it('passes the force, year and count as parameters', () => {
    const hostile = "GMP'}) DETACH DELETE (n) //";
    const query = takeCaseNumbers(hostile, 2026, 500);
    expect(query.text).not.toContain(hostile);
    expect(query.params).toEqual({ force: hostile, year: int(2026), count: int(500) });
  });
});
