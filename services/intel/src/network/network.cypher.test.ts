import { viewerParams, type Principal } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { linksAround, recordsByIds, peopleOfCases, noFilter } from './network.cypher.js';

const principal = {
  userId: 'u',
  username: 'det.gmp',
  force: 'GMP',
  roles: new Set(['analyst']),
  clearance: 'OFFICIAL',
  caveats: new Set(),
} as unknown as Principal;
const viewer = viewerParams(principal, 'NCA');

describe('network cypher', () => {
  it('passes ids, kinds and the filter as parameters, never in the text', () => {
    const query = linksAround({ PERSON: ["p1' OR 1=1"], PHONE: ['ph1'] }, ['KNOWS', 'HOLDS_PHONE'], { ...noFilter, forces: ['MPS'] }, 100, viewer);
    expect(query.text).not.toContain("p1'");
    expect(query.text).not.toContain('MPS');
    expect(query.params).toMatchObject({
      ids: { PERSON: ["p1' OR 1=1"], PHONE: ['ph1'], VEHICLE: [] },
      via: ['KNOWS', 'HOLDS_PHONE'],
      filter: { forces: ['MPS'] },
    });
  });

  it('shows a link only when its case and its far record are visible, and withholds all but the force otherwise', () => {
    const { text } = linksAround({ PERSON: ['p1'] }, ['KNOWS'], noFilter, 10, viewer);
    expect(text).toContain('(c IS NULL OR ((c.force = $viewer.force');
    expect(text).toContain("caseShown AND CASE farKind WHEN 'PERSON' THEN EXISTS");
    expect(text).toContain('CASE WHEN shown THEN null ELSE c.force END AS withheldBy');
    expect(text).toMatch(/CASE WHEN shown THEN \{kind: kind, farId: b\.id/);
  });

  it('reads every kind of record only where the viewer may see it', () => {
    const { text } = recordsByIds({ PERSON: ['p1'] }, viewer);
    for (const label of ['Person', 'Phone', 'Vehicle', 'EmailAddress', 'OnlineAccount', 'BankAccount', 'Location'])
      expect(text).toContain(`MATCH (b:${label})`);
    expect(text).toContain("WITH b, farKind WHERE CASE farKind WHEN 'PERSON' THEN EXISTS { MATCH (b)-[:INVOLVED_IN]->(vc:Case)");
  });

  it('starts an operation scope from the visible cases joined to it', () => {
    const { text, params } = peopleOfCases(null, 'op1', noFilter, 50, viewer);
    expect(text).toContain('[:PART_OF]->(:Operation {id: $operationId})');
    expect(params).toMatchObject({ operationId: 'op1', caseIds: null });
  });
});
