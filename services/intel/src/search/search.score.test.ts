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
});
