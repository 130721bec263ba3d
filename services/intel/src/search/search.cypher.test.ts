import { addressShown, caseVisible, type ViewerParams } from '@crosslink/common';
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
    for (const index of ['person_names', 'case_text']) expect(text).toContain(`queryNodes('${index}'`);
    expect(text).toContain("queryRelationships('address_claim_text'");
    expect(text).not.toContain('location_text');
    expect(text.match(/\$viewer\.clearanceRank/g)?.length).toBeGreaterThanOrEqual(3);
    expect(groupsHits(text)).toBe(true);
  });

  it('finds a place by a claim only when the claim’s case is visible', () => {
    const { text } = search('smith', 10, viewer);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      `queryRelationships('address_claim_text', $query, {limit: $candidates}) YIELD relationship WITH relationship, endNode(relationship) AS rc WHERE rc:Case AND ${caseVisible('rc')} WITH startNode(relationship) AS l, collect(relationship) AS matched`.replace(
        /\s+/g,
        ' ',
      ),
    );
  });

  it('scores a place once, on the claim it is shown under and each visible claim that matched, never on the node', () => {
    const { text } = search('smith', 10, viewer);
    expect(text).toContain(`WITH l, [${addressShown('l')}] + matched AS claims`);
    expect(text).toContain('part IN [claim.line1, claim.line2, claim.town, l.postcode]');
    expect(text).not.toMatch(/\b(node|l)\.(line1|line2|town|latitude|longitude|forceArea)\b/);
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
