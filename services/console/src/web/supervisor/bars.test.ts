import { describe, expect, it } from 'vitest';
import { loadOf, loadSegments, priorityCount, scaleOf, totalOf } from './bars.js';

const row = (openCases: number, openActions: number, overdueActions = 0) => ({ openCases, openActions, overdueActions });

describe('scaleOf', () => {
  it('is the largest load among the rows', () => {
    expect(scaleOf([row(1, 2), row(4, 3), row(0, 5)])).toBe(7);
  });
  it('is 0 for no rows, or rows with nothing open', () => {
    expect(scaleOf([])).toBe(0);
    expect(scaleOf([row(0, 0)])).toBe(0);
  });
  it('ignores negative or broken counts', () => {
    expect(loadOf(row(-3, Number.NaN))).toBe(0);
  });
});

describe('loadSegments', () => {
  it('splits the bar into cases, actions on time and overdue actions', () => {
    expect(loadSegments(row(2, 6, 2), 10)).toEqual({ cases: 20, actions: 40, overdue: 20 });
  });
  it('fills the bar for the largest row', () => {
    const segments = loadSegments(row(3, 1, 1), 4);
    expect(segments.cases + segments.actions + segments.overdue).toBe(100);
  });
  it('rounds to a tenth of a percent', () => {
    expect(loadSegments(row(1, 0), 3)).toEqual({ cases: 33.3, actions: 0, overdue: 0 });
  });
  it('never draws more overdue than open actions', () => {
    expect(loadSegments(row(0, 2, 5), 4)).toEqual({ cases: 0, actions: 0, overdue: 50 });
  });
  it('keeps a row above the scale within the bar', () => {
    const segments = loadSegments(row(10, 10), 5);
    expect(segments).toEqual({ cases: 50, actions: 50, overdue: 0 });
  });
  it('draws nothing when nothing is open or the scale is 0', () => {
    expect(loadSegments(row(0, 0), 10)).toEqual({ cases: 0, actions: 0, overdue: 0 });
    expect(loadSegments(row(2, 1), 0)).toEqual({ cases: 0, actions: 0, overdue: 0 });
  });
});

describe('priorityCount', () => {
  const byPriority = [
    { priority: 'HIGH', cases: 2, actions: 5 },
    { priority: 'LOW', cases: 1, actions: 0 },
  ];
  it('reads one priority', () => {
    expect(priorityCount(byPriority, 'HIGH')).toEqual({ cases: 2, actions: 5 });
  });
  it('is zero for a priority the breakdown leaves out', () => {
    expect(priorityCount(byPriority, 'MEDIUM')).toEqual({ cases: 0, actions: 0 });
  });
});

describe('totalOf', () => {
  it('adds the rows up', () => {
    expect(totalOf([row(1, 2, 1), row(3, 0), row(0, 4, 2)])).toEqual({ openCases: 4, openActions: 6, overdueActions: 3 });
  });
  it('is all zeros for no rows', () => {
    expect(totalOf([])).toEqual({ openCases: 0, openActions: 0, overdueActions: 0 });
  });
});
