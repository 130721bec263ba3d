import { caseVisible, int, type CypherQuery, type ViewerParams } from '@crosslink/common';
import { describe, expect, it } from 'vitest';
import { actionsOnTargets, applyStep, insertAction, listActions, lockAction, targetForChange } from '../action/action.cypher.js';
import { applyCaseChanges, lockCase } from '../case/case-change.cypher.js';
import { caseHistories } from '../case/case.cypher.js';
import { caseTimelines, insertEvent } from '../event/event.cypher.js';
import {
  addParticipant,
  insertOperation,
  joinCase,
  leadHistory,
  listOperations,
  lockOperation,
  operationCases,
  operationsByIds,
  operationsOfCases,
  removeCase,
  transferLead,
  visibleCaseForces,
} from '../operation/operation.cypher.js';
import { operationVisible } from '../operation/operation.visibility.js';
import { forceWorkload, teamWorkload } from '../workload/workload.cypher.js';

const viewer: ViewerParams = { viewer: { force: 'GMP', crossForce: false, clearanceRank: 0, caveats: [] } };
const hostile = "x' }) MATCH (n) DETACH DELETE n //";
const cursor = ['2026-03-01T09:30:00Z', hostile] as const;

const referenced = (query: CypherQuery<unknown>) => new Set([...query.text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));

/** Every `$name` has a value, and no input ever reaches the text. */
function expectWellFormed(query: CypherQuery<unknown>): void {
  for (const name of referenced(query)) expect(query.params, `$${name}`).toHaveProperty(name ?? '');
  expect(query.text).not.toContain(hostile);
  expect(query.text).not.toContain('DETACH DELETE');
}

const reads: Record<string, () => CypherQuery<unknown>> = {
  caseHistories: () => caseHistories([hostile, hostile], cursor, 11, viewer),
  lockCase: () => lockCase(hostile, viewer),
  caseTimelines: () => caseTimelines([hostile], cursor, 11, viewer),
  insertEvent: () =>
    insertEvent(
      { id: hostile, caseId: hostile, kind: 'ARREST', description: hostile, occurredAt: hostile, precision: 'DAY', locationId: hostile, recordedBy: hostile },
      viewer,
    ),
  visibleCaseForces: () => visibleCaseForces([hostile], viewer),
  operationCases: () => operationCases(hostile, [hostile, hostile], 11, viewer),
  insertActionOnCase: () =>
    insertAction({ id: hostile, target: { kind: 'Case', id: hostile }, description: hostile, priority: 'HIGH', dueDate: hostile, raisedBy: hostile }, viewer),
  targetForChange: () => targetForChange({ kind: 'Operation', id: hostile }, viewer),
  lockAction: () => lockAction(hostile, viewer),
  actionsOnCases: () => actionsOnTargets('Case', [hostile], cursor, 11, viewer),
  actionsOnOperations: () => actionsOnTargets('Operation', [hostile], cursor, 11, viewer),
  listActions: () => listActions({ target: { kind: 'Case', id: hostile }, status: 'ALLOCATED', allocatedTo: hostile }, cursor, 11, viewer),
  forceWorkload: () => forceWorkload(hostile, hostile, hostile, hostile, 11, viewer),
  teamWorkload: () => teamWorkload(hostile, hostile, viewer),
};

const operationReads: Record<string, () => CypherQuery<unknown>> = {
  lockOperation: () => lockOperation(hostile, viewer),
  operationsByIds: () => operationsByIds([hostile], viewer),
  listOperations: () => listOperations(cursor, 11, viewer),
  leadHistory: () => leadHistory(hostile, cursor, 11, viewer),
  operationsOfCases: () => operationsOfCases([hostile], 11, viewer),
};

const writes: Record<string, () => CypherQuery<unknown>> = {
  applyCaseChanges: () =>
    applyCaseChanges(hostile, { set: { title: hostile }, changes: [{ field: 'title', from: hostile, to: hostile }], reason: hostile }, hostile),
  insertOperation: () => insertOperation({ id: hostile, name: hostile, reason: hostile, leadForce: hostile, caseIds: [hostile], createdBy: hostile }),
  joinCase: () => joinCase(hostile, hostile, hostile, hostile),
  addParticipant: () => addParticipant(hostile, hostile, hostile, hostile),
  removeCase: () => removeCase(hostile, hostile, hostile, hostile),
  transferLead: () => transferLead(hostile, hostile, hostile, hostile),
  allocate: () => applyStep(hostile, 'ALLOCATED', { step: 'ALLOCATE', officer: hostile, force: hostile, by: hostile }),
  complete: () => applyStep(hostile, 'COMPLETED', { step: 'COMPLETE', result: hostile }),
};

describe('coordination Cypher', () => {
  it.each(Object.keys(reads))('%s passes values as parameters and filters cases by $viewer', (name) => {
    const query = reads[name]!();
    expectWellFormed(query);
    // Actions are seen through their target (`t`, or the parent `p` a page is read for); everything else through its case `c`.
    expect(['c', 't', 'p'].some((v) => query.text.includes(caseVisible(v)))).toBe(true);
    expect(query.params['viewer']).toEqual(viewer.viewer);
  });

  it.each(Object.keys(operationReads))('%s passes values as parameters and filters operations by $viewer', (name) => {
    const query = operationReads[name]!();
    expectWellFormed(query);
    expect(query.text).toContain(operationVisible('o'));
  });

  it.each(Object.keys(writes))('%s passes values as parameters', (name) => {
    expectWellFormed(writes[name]!());
  });

  it('sends limits as Cypher integers', () => {
    expect(caseTimelines(['c'], null, 11, viewer).params['limit']).toEqual(int(11));
    expect(forceWorkload('GMP', '2026-01-01', null, null, 11, viewer).params['limit']).toEqual(int(11));
  });

  it('continues a timeline after the cursor in ascending (occurredAt, id) order', () => {
    const query = caseTimelines(['c'], cursor, 11, viewer);
    expect(query.text).toContain('e.occurredAt > datetime($afterKey) OR (e.occurredAt = datetime($afterKey) AND e.id > $afterId)');
    expect(query.text).toMatch(/ORDER BY e\.occurredAt, e\.id/);
    expect(caseTimelines(['c'], null, 11, viewer).text).not.toContain('$afterKey');
  });

  it('pages each parent of a batch on its own: the limit sits inside the per-parent subquery', () => {
    for (const query of [
      caseHistories(['a', 'b', 'a'], cursor, 11, viewer),
      caseTimelines(['a', 'b'], null, 11, viewer),
      actionsOnTargets('Case', ['a', 'b'], cursor, 11, viewer),
    ]) {
      expect(query.text).toMatch(/CALL \((c|t|p)\) \{[^}]*LIMIT \$limit\s*\}/);
      expect(query.text).toMatch(/ORDER BY (caseId|targetId), /);
    }
    expect(caseHistories(['a', 'b', 'a'], null, 11, viewer).params['caseIds']).toEqual(['a', 'b']);
  });

  it('lists a case’s operations only for a case the viewer may see, capped per case, in join order', () => {
    const query = operationsOfCases(['a', 'b', 'a'], 50, viewer);
    expect(query.text).toContain(caseVisible('c'));
    expect(query.text).toMatch(/CALL \(c\) \{\s*MATCH \(c\)-\[j:PART_OF\]->\(o:Operation\) WHERE .*\s*RETURN j, o ORDER BY j\.at, o\.id LIMIT \$limit\s*\}/);
    expect(query.params['caseIds']).toEqual(['a', 'b']);
    expect(query.params['limit']).toEqual(int(50));
  });

  it('reads an operation’s actions with those raised on its cases the viewer may see, before cutting the page', () => {
    const query = actionsOnTargets('Operation', ['o'], cursor, 11, viewer);
    expect(query.text).toMatch(/UNION\s+MATCH \(a:Action\)-\[:RAISED_ON\]->\(t:Case\)-\[:PART_OF\]->\(p\) WHERE/);
    expect(query.text).toContain(caseVisible('t'));
    expect(query.text.indexOf('UNION')).toBeLessThan(query.text.indexOf('LIMIT $limit'));
    expect(actionsOnTargets('Case', ['c'], cursor, 11, viewer).text).not.toContain('UNION');
  });

  it('refuses to set a case property outside the allow-list', () => {
    expect(() => applyCaseChanges('c', { set: { ['force' as 'title']: 'MPS' }, changes: [], reason: null }, 'u')).toThrow(/not a settable case field/);
  });

  it('shows an operation to participants and cross-force viewers only', () => {
    expect(operationVisible('o')).toBe('($viewer.crossForce OR EXISTS { MATCH (o)-[:HAS_PARTICIPANT]->(:Force {code: $viewer.force}) })');
    expect(() => operationVisible('o) DETACH')).toThrow();
  });
});
