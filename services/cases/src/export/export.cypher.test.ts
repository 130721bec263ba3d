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

  it('names its columns for the labels they hold', () => {
    for (const column of ['AS case', 'AS caseChange', 'AS event', 'AS action', 'AS operation', 'AS person', 'AS object', 'AS location'])
      expect(query.text).toContain(column);
  });
});
