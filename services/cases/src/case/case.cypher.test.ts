import { caseVisible, int, type CypherQuery, type ViewerParams } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { casesByIds, casesByReferences, insertCase, listCases } from './case.cypher.js';

const viewer: ViewerParams = { viewer: { force: 'GMP', crossForce: false, clearanceRank: 0, caveats: [] } };
const hostile = "x' }) MATCH (n) DETACH DELETE n //";

/** `$name` parameters the text refers to. */
const referenced = (query: CypherQuery<unknown>) => new Set([...query.text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));

function expectWellFormed(query: CypherQuery<unknown>): void {
  for (const name of referenced(query)) expect(query.params, `$${name}`).toHaveProperty(name ?? '');
  expect(query.text).not.toContain(hostile);
  expect(query.text).not.toContain('DETACH DELETE');
}

const reads = {
  casesByIds: () => casesByIds([hostile], viewer),
  casesByReferences: () => casesByReferences([hostile], viewer),
  listCases: () => listCases({ force: hostile, status: 'OPEN' }, [hostile, hostile], 21, viewer),
};

describe('case reads', () => {
  it.each(Object.entries(reads))('%s passes values as parameters and filters by $viewer', (_name, build) => {
    const query = build();
    expectWellFormed(query);
    expect(query.text).toContain(caseVisible('c'));
    expect(query.params['viewer']).toEqual(viewer.viewer);
  });

  it('casesByIds and casesByReferences pass the keys as lists', () => {
    expect(casesByIds(['a', 'b'], viewer).params['ids']).toEqual(['a', 'b']);
    expect(casesByReferences(['GMP-2026-00001'], viewer).params['references']).toEqual(['GMP-2026-00001']);
  });
});

describe('listCases', () => {
  it('has no cursor condition on the first page', () => {
    const query = listCases({}, null, 21, viewer);
    expectWellFormed(query);
    expect(query.text).not.toContain('$afterCreatedAt');
    expect(query.text).not.toContain('$afterId');
  });

  it('continues after the cursor key when one is given', () => {
    const query = listCases({}, ['2026-03-01T09:30:00Z', 'c-1'], 21, viewer);
    expectWellFormed(query);
    expect(query.text).toContain('c.createdAt < datetime($afterCreatedAt)');
    expect(query.text).toContain('c.id < $afterId');
    expect(query.params).toMatchObject({ afterCreatedAt: '2026-03-01T09:30:00Z', afterId: 'c-1' });
  });

  it('orders newest first with the id as tie-breaker, matching the cursor', () => {
    expect(listCases({}, null, 21, viewer).text).toMatch(/ORDER BY c\.createdAt DESC, c\.id DESC/);
  });

  it('filters by force and status only when asked', () => {
    const plain = listCases({}, null, 21, viewer);
    expect(plain.text).not.toContain('$force');
    expect(plain.text).not.toContain('$status');
    const filtered = listCases({ force: 'WMP', status: 'CLOSED' }, null, 21, viewer);
    expect(filtered.text).toContain('c.force = $force');
    expect(filtered.text).toContain('c.status = $status');
    expect(filtered.params).toMatchObject({ force: 'WMP', status: 'CLOSED' });
  });

  it("reads a page from an index in order: an officer's, a force's, or every case's for a hub viewer", () => {
    const hubViewer: ViewerParams = { viewer: { ...viewer.viewer, crossForce: true } };
    const byOfficer = listCases({ force: 'WMP', officer: 'detective.wmp' }, null, 21, viewer);
    expect(byOfficer.text).toContain('c.createdAt IS NOT NULL');
    expect(byOfficer.text).toMatch(/ORDER BY c\.officerInCharge DESC, c\.createdAt DESC, c\.id DESC/);
    const byForce = listCases({ force: 'WMP' }, null, 21, viewer);
    expect(byForce.text).toContain('c.createdAt IS NOT NULL');
    expect(byForce.text).toMatch(/ORDER BY c\.force DESC, c\.createdAt DESC, c\.id DESC/);
    const everything = listCases({}, null, 21, hubViewer);
    expect(everything.text).toContain('c.createdAt IS NOT NULL');
    expect(everything.text).toMatch(/ORDER BY c\.createdAt DESC, c\.id DESC/);
  });

  it("reads a force-bound viewer's page from its force's index, its shares and its operations", () => {
    const query = listCases({ status: 'OPEN' }, ['2026-03-01T09:30:00Z', 'c-1'], 21, viewer);
    expectWellFormed(query);
    const branches = query.text.split('UNION');
    expect(branches).toHaveLength(3);
    expect(branches[0]).toContain('c.force = $viewer.force AND c.createdAt IS NOT NULL');
    expect(branches[1]).toContain('[:SHARED_WITH]->(:Force {code: $viewer.force})');
    expect(branches[2]).toContain('[:PART_OF]->(:Operation)-[:HAS_PARTICIPANT]->(:Force {code: $viewer.force})');
    // Every branch keeps the viewer's handling, the filter and the cursor before any limit.
    for (const branch of branches) {
      expect(branch).toContain(caseVisible('c'));
      expect(branch).toContain('c.status = $status');
      expect(branch).toContain('c.createdAt < datetime($afterCreatedAt)');
    }
    expect(query.text).toMatch(/ORDER BY c\.createdAt DESC, c\.id DESC\s+LIMIT \$limit$/);
  });

  it('covers every way caseVisible lets a force-bound viewer reach a case, so the union misses none', () => {
    // The branches of a force-bound viewer's list mirror the reach of caseVisible: a new way to reach
    // a case fails here until the list has a branch for it.
    const reach = /^\(\((.*)\) AND /.exec(caseVisible('c'))?.[1]?.split(' OR ');
    expect(reach).toEqual([
      'c.force = $viewer.force',
      '$viewer.crossForce',
      'EXISTS { MATCH (c)-[:SHARED_WITH]->(:Force {code: $viewer.force}) }',
      'EXISTS { MATCH (c)-[:PART_OF]->(:Operation)-[:HAS_PARTICIPANT]->(:Force {code: $viewer.force}) }',
    ]);
  });

  it('sends the limit as a Cypher integer', () => {
    expect(listCases({}, null, 21, viewer).params['limit']).toEqual(int(21));
    expect(() => listCases({}, null, 2.5, viewer)).toThrow(/not an integer/);
  });
});

describe('case writes', () => {
  it('insertCase passes every value as a parameter', () => {
    const input = {
      id: hostile,
      reference: hostile,
      title: `Operation "Lime" ${hostile}`,
      summary: hostile,
      force: hostile,
      status: 'OPEN' as const,
      crimeTypes: ['FRAUD' as const],
      priority: 'HIGH' as const,
      classification: 'OFFICIAL' as const,
      caveats: [hostile],
      officerInCharge: hostile,
      createdBy: hostile,
    };
    const query = insertCase(input);
    expectWellFormed(query);
    expect(query.params).toEqual(input);
  });
});
