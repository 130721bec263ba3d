import type { ViewerParams } from '@crosslink/common';
import { HOSTILE, parameterProblems } from '@crosslink/common/testing';
import { describe, expect, it } from 'vitest';
import type { NewIntelligence } from './intelligence.model.js';
import { createItem, itemsAbout, itemsByIds } from './intelligence.cypher.js';

const viewer: ViewerParams = { viewer: { force: 'GMP', crossForce: false, clearanceRank: 1, caveats: ['SENSITIVE'] } };
const hostile = HOSTILE;

const input: NewIntelligence = {
  id: hostile,
  subjectKind: 'PERSON',
  subjectId: hostile,
  text: hostile,
  grading: { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P', handlingConditions: hostile, legacy: null },
  classification: 'SECRET',
  caveats: [hostile],
  force: hostile,
  recordedBy: hostile,
};

const builders = {
  createItem: () => createItem(input, viewer),
  itemsByIds: () => itemsByIds([hostile], viewer),
  itemsAbout: () => itemsAbout('LOCATION', hostile, [hostile, hostile], 20, viewer),
};

describe('intelligence Cypher', () => {
  it.each(Object.entries(builders))('%s passes every value as a parameter', (_name, build) => {
    expect(parameterProblems(build())).toEqual([]);
  });

  it.each(Object.entries(builders))('%s reaches only items whose handling and subject the $viewer may see', (_name, build) => {
    const query = build();
    expect(query.text).toContain('$viewer.clearanceRank');
    expect(query.text).toContain('caveat IN $viewer.caveats');
    expect(query.text).toContain('vc.force = $viewer.force OR $viewer.crossForce');
    expect(query.params['viewer']).toEqual(viewer.viewer);
  });

  it('createItem matches its subject under the label of its kind, from the table only', () => {
    expect(createItem(input, viewer).text).toContain('MATCH (s:Person {id: $subjectId})');
    expect(createItem({ ...input, subjectKind: 'CASE' }, viewer).text).toContain('MATCH (s:Case {id: $subjectId})');
    expect(createItem({ ...input, subjectKind: 'LOCATION' }, viewer).text).toContain('MATCH (s:Location {id: $subjectId})');
  });

  it('createItem stores the grading as an integer and the caveats as given', () => {
    const { params } = createItem(input, viewer);
    expect(params['grading']).toMatchObject({ assessment: 'B', handlingCode: 'P' });
    expect(Number((params['grading'] as { sourceEvaluation: unknown }).sourceEvaluation)).toBe(2);
    expect(params['caveats']).toEqual([hostile]);
  });

  it('reads an item about a place only through a visible case of its force that records the place', () => {
    for (const build of [builders.itemsByIds, builders.itemsAbout]) {
      const { text } = build();
      expect(text).toContain('(s:Location AND EXISTS { MATCH (s)-[:RECORDED_IN]->(rc:Case) WHERE rc.force = i.force AND ((rc.force = $viewer.force');
      expect(text).not.toContain('HAS_ADDRESS');
    }
  });

  it('every item says whether its subject is the viewer’s own force’s data', () => {
    for (const build of Object.values(builders)) expect(build().text).toContain('foreign: NOT EXISTS');
  });

  it('itemsAbout pages newest first on (recordedAt, id) and passes the limit as an integer', () => {
    const query = itemsAbout('CASE', 'c1', null, 20, viewer);
    expect(query.text).toContain('ORDER BY i.recordedAt DESC, i.id DESC');
    expect(query.params['afterKey']).toBeNull();
    expect(Number(query.params['limit'])).toBe(20);
  });
});
