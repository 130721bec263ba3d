import { addressShown, caseVisible, objectInOwnForceCase, objectVisible, type ViewerParams } from '@crosslink/common';
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

  it('looks a phone or vehicle up by its key only when the text names one, through a visible case recording it', () => {
    const plain = search('smith', 10, viewer);
    expect(plain.text).not.toMatch(/:Phone|:Vehicle/);
    expect(plain.params).not.toHaveProperty('number');
    expect(plain.params).not.toHaveProperty('vrm');

    const phone = search('"07700 900461"', 10, viewer, { number: '+447700900461', vrm: null });
    expect(phone.params['number']).toBe('+447700900461');
    expect(phone.text).not.toContain('+447700900461');
    expect(phone.text).toContain(`MATCH (o:Phone {number: $number}) WHERE ${objectVisible('o')}`);
    expect(phone.text).toContain(`'PHONE' AS kind, o.id AS id, o.number AS text, NOT ${objectInOwnForceCase('o')} AS foreign`);
    expect(phone.text).not.toContain(':Vehicle');

    const vehicle = search('(ab12) AND (cde)', 10, viewer, { number: null, vrm: 'AB12CDE' });
    expect(vehicle.params['vrm']).toBe('AB12CDE');
    expect(vehicle.text).toContain(`MATCH (o:Vehicle {vrm: $vrm}) WHERE ${objectVisible('o')}`);
    expect(vehicle.text).not.toContain(':Phone');
    expect(groupsHits(vehicle.text)).toBe(true);
    for (const query of [phone, vehicle]) {
      for (const [, name] of query.text.matchAll(/\$([A-Za-z_]\w*)/g)) expect(query.params, `$${name}`).toHaveProperty(name ?? '');
    }
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
