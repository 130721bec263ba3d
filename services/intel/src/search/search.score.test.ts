import { describe, expect, it } from 'vitest';
import { rankHits } from './search.service.js';
import { matchScore } from './search.score.js';

describe('matchScore', () => {
  it('gives a whole-word match 1 and a prefix less, more the more of the word it covers', () => {
    expect(matchScore(['stefanescu'], 'Zoë Ştefănescu')).toBe(1);
    expect(matchScore(['ştef'], 'Zoë Ştefănescu')).toBe(0.7);
    expect(matchScore(['stefanesc'], 'Zoë Ştefănescu')).toBeGreaterThan(matchScore(['ştef'], 'Zoë Ştefănescu'));
    expect(matchScore(['zo', 'ştef'], 'Zoë Ştefănescu')).toBeCloseTo((0.5 + 0.5 * (2 / 3) + 0.7) / 2, 3);
  });

  it('matches a punctuated term as a run of words', () => {
    expect(matchScore(['GMP-2026-00001'], 'GMP-2026-00001 Search county line')).toBe(1);
    expect(matchScore(['GMP-2026-00001'], 'GMP 2026 00002')).toBe(0);
  });

  it('depends on the record’s own text alone', () => {
    expect(matchScore(['smith'], 'John Smith')).toBe(matchScore(['smith'], 'John Smith'));
    expect(matchScore([], 'John Smith')).toBe(0);
  });
});

describe('rankHits', () => {
  it('orders by score, then kind and id, numbering ranks from 1, and keeps the best text of each record', () => {
    const rows = [
      { kind: 'PERSON' as const, id: 'p2', texts: ['Jon Smithers'], foreign: false },
      { kind: 'PERSON' as const, id: 'p1', texts: ['John Smith', 'Johnny Smithson'], foreign: true },
      { kind: 'CASE' as const, id: 'c1', texts: ['GMP-2026-00001 Smith burglary'], foreign: false },
    ];
    const hits = rankHits(rows, ['smith'], 2);
    expect(hits.map((h) => [h.rank, h.kind, h.node.id, h.score])).toEqual([
      [1, 'CASE', 'c1', 1],
      [2, 'PERSON', 'p1', 1],
    ]);
    expect(hits[1]?.node).toEqual({ __typename: 'Person', id: 'p1', foreign: true });
  });

  it('puts a phone or vehicle the text names first, scored 1, before any record whose text matches as well', () => {
    const rows = [
      { kind: 'CASE' as const, id: 'c1', texts: ['GMP-2026-00001 AB12 CDE seen at the depot'], foreign: false },
      { kind: 'VEHICLE' as const, id: 'v1', texts: ['AB12CDE'], foreign: true },
      { kind: 'PERSON' as const, id: 'p1', texts: ['Abigail Cdee'], foreign: false },
    ];
    const hits = rankHits(rows, ['ab12', 'cde'], 20);
    // The case holds both words whole (1) and CASE sorts before VEHICLE: exactness alone puts the vehicle first.
    expect(hits.map((h) => [h.rank, h.kind, h.score])).toEqual([
      [1, 'VEHICLE', 1],
      [2, 'CASE', 1],
      [3, 'PERSON', 0.438],
    ]);
    expect(hits[0]?.node).toEqual({ __typename: 'Vehicle', id: 'v1', foreign: true });
    expect(rankHits([{ kind: 'PHONE', id: 'ph1', texts: ['+447700900461'], foreign: false }], ['07700', '900461'], 20)[0]).toMatchObject({
      rank: 1,
      score: 1,
      node: { __typename: 'Phone', id: 'ph1' },
    });
  });
});
