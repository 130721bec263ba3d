import type { ViewerParams } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { search } from './search.cypher.js';

const viewer: ViewerParams = { viewer: { force: 'GMP', crossForce: false, clearanceRank: 0, caveats: [] } };
const hostile = "x') YIELD node MATCH (n) DETACH DELETE n //";

describe('search Cypher', () => {
  it('passes the text as a parameter, never in the statement', () => {
    const query = search(hostile, 10, viewer);
    expect(query.text).not.toContain(hostile);
    expect(query.text).not.toContain('DETACH DELETE');
    expect(query.params['query']).toBe(hostile);
    for (const [, name] of query.text.matchAll(/\$([A-Za-z_]\w*)/g)) expect(query.params, `$${name}`).toHaveProperty(name ?? '');
  });

  it('reads each index under its kind’s visibility predicate, so a hidden record is never a hit', () => {
    const { text } = search('smith', 10, viewer);
    for (const index of ['person_names', 'case_text', 'location_text']) expect(text).toContain(`queryNodes('${index}'`);
    expect(text.match(/\$viewer\.clearanceRank/g)?.length).toBeGreaterThanOrEqual(3);
    expect(groupsHits(text)).toBe(true);
  });

  it('asks each index for ten times the candidates it returns, at least 200', () => {
    expect(Number(search('a', 5, viewer).params['candidates'])).toBe(200);
    expect(Number(search('a', 50, viewer).params['candidates'])).toBe(500);
  });
});

/** The statement gives one row per record, with every text of it that matched (scored in the service). */
function groupsHits(text: string): boolean {
  return text.includes('RETURN kind, id, collect(DISTINCT text) AS texts, foreign');
}
