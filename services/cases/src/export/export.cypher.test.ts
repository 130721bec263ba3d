import { caseVisible, type ViewerParams } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { caseExport } from './export.cypher.js';

const viewer: ViewerParams = { viewer: { force: 'GMP', crossForce: false, clearanceRank: 0, caveats: [] } };
const hostile = "x' }) MATCH (n) DETACH DELETE n //";

describe('caseExport', () => {
  const query = caseExport(hostile, viewer);

  it('passes every value as a parameter', () => {
    for (const [, name] of query.text.matchAll(/\$([A-Za-z_]\w*)/g)) expect(query.params).toHaveProperty(name ?? '');
    expect(query.text).not.toContain(hostile);
    expect(query.params['caseId']).toBe(hostile);
  });

  it('reads only a visible case of the viewer’s force, or any visible case for the hub', () => {
    expect(query.text).toContain(caseVisible('c'));
    expect(query.text).toContain('(c.force = $viewer.force OR $viewer.crossForce)');
  });

  it('gives each person only the addresses this case ties them to', () => {
    expect(query.text).toContain('addressIds: [(p)-[h:HAS_ADDRESS]->(l:Location) WHERE h.caseId = c.id | l.id]');
  });

  it('discloses the places this case records and its events’ places, each described by this case’s own claim only', () => {
    expect(query.text).toContain('MATCH (c)<-[:RECORDED_IN]-(l:Location) RETURN l');
    expect(query.text).not.toContain('(:Person)-[:HAS_ADDRESS]');
    expect(query.text).toContain('OPTIONAL MATCH (l)-[claim:RECORDED_IN]->(c)');
    expect(query.text).toContain(
      'l { .id, .postcode, line1: claim.line1, line2: claim.line2, town: claim.town, latitude: claim.latitude, longitude: claim.longitude } AS place',
    );
    expect(query.text).not.toMatch(/\bl\s*\{(?:[^}]*,)?\s*\.(line1|line2|town|latitude|longitude|forceArea)\b/);
    expect(query.text).not.toMatch(/\bl\.(line1|line2|town|latitude|longitude|forceArea)\b/);
  });

  it('names its columns for the labels they hold', () => {
    for (const column of ['AS case', 'AS caseChange', 'AS event', 'AS action', 'AS operation', 'AS person', 'AS object', 'AS location'])
      expect(query.text).toContain(column);
  });
});
