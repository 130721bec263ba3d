import { addressShown, caseVisible } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { analystViewer } from './viewer.testing.js';
import { linksAround, recordsByIds, peopleOfCases, noFilter } from './network.cypher.js';

const viewer = analystViewer;

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

  it('works out each case’s and each far record’s visibility once, for the join to decide what is shown', () => {
    const { text, params } = linksAround({ PERSON: ['p1'] }, ['KNOWS'], noFilter, 10, viewer, ['p1', 'p2']);
    expect(text).toContain('collect(DISTINCT caseId) AS caseIds, collect(DISTINCT [b, farKind]) AS fars');
    expect(text).toContain(`RETURN collect([c.id, c.reference, c.force, ${caseVisible('c')}]) AS cases`);
    expect(text).toContain("WITH b, farKind, CASE farKind WHEN 'PERSON' THEN EXISTS");
    expect(text).toContain('ELSE [b.id, farKind] END) AS records');
    expect(text).toContain('WHERE NOT b.id IN $known');
    expect(text).toContain('WHERE NOT (b.id < nearId AND b.id IN $frontier)');
    expect(params).toMatchObject({ known: ['p1', 'p2'], frontier: ['p1'], sep: '\u001f' });
  });

  it('asserts an address in the case that ties the person to it, through the same case filter as every link', () => {
    const { text } = linksAround({ PERSON: ['p1'], LOCATION: ['l1'] }, ['LIVES_AT'], noFilter, 10, viewer);
    expect(text).toContain("MATCH (a)-[h:HAS_ADDRESS]->(b:Location)\n     RETURN a.id AS nearId, 'LIVES_AT' AS kind, h.caseId AS caseId");
    expect(text).toContain("MATCH (a)<-[h:HAS_ADDRESS]-(b:Person)\n     RETURN a.id AS nearId, 'LIVES_AT' AS kind, h.caseId AS caseId");
    // The one link no case asserts is a reviewer's decision that two records are one person.
    expect(text.match(/null AS caseId/g)).toEqual(['null AS caseId']);
    expect(text).toContain("'SAME_PERSON' AS kind, null AS caseId");
  });

  it('joins two records of one person only on a decision that they are the same', () => {
    const { text } = linksAround({ PERSON: ['p1'] }, ['SAME_PERSON'], noFilter, 10, viewer);
    expect(text).toContain("MATCH (a)<-[:ABOUT]-(:MatchDecision {outcome: 'SAME'})-[:ABOUT]->(b:Person) WHERE b <> a");
  });

  it('labels a place by the claim the viewer is shown, never by a description on the node', () => {
    for (const { text } of [linksAround({ PERSON: ['p1'] }, ['LIVES_AT'], noFilter, 10, viewer), recordsByIds({ LOCATION: ['l1'] }, viewer)]) {
      expect(text).toContain(`WHEN 'LOCATION' THEN coalesce(${addressShown('b')}.line1, '') + ', ' + coalesce(b.postcode, '')`);
      expect(text).not.toMatch(/\bb\.(line1|line2|town|latitude|longitude|forceArea)\b/);
    }
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
