import { describe, expect, it } from 'vitest';
import { actionStatuses } from '../cases/action-steps.js';
import { groupByStatus, mergePages } from './board.js';

const action = (id: string, status: string) => ({ id, status });

describe('groupByStatus', () => {
  it('gives one column per status, in lifecycle order, even when empty', () => {
    const { columns } = groupByStatus([]);
    expect(columns.map((column) => column.status)).toEqual([...actionStatuses]);
    expect(columns.every((column) => column.actions.length === 0)).toBe(true);
  });
  it('puts each action in its status column, keeping their order', () => {
    const { columns, other } = groupByStatus([action('a', 'ALLOCATED'), action('b', 'FOR_ALLOCATION'), action('c', 'ALLOCATED'), action('d', 'FILED')]);
    const ids = Object.fromEntries(columns.map((column) => [column.status, column.actions.map((a) => a.id)]));
    expect(ids).toEqual({ FOR_ALLOCATION: ['b'], ALLOCATED: ['a', 'c'], COMPLETED: [], RESULTED: [], FILED: ['d'] });
    expect(other).toEqual([]);
  });
  it('keeps an action of a status it does not know apart', () => {
    const { columns, other } = groupByStatus([action('a', 'ARCHIVED'), action('b', 'COMPLETED')]);
    expect(other.map((a) => a.id)).toEqual(['a']);
    expect(columns.reduce((sum, column) => sum + column.actions.length, 0)).toBe(1);
  });
});

describe('mergePages', () => {
  it('joins pages in order', () => {
    expect(mergePages([[action('a', 'X')], [action('b', 'X'), action('c', 'X')]]).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
  it('keeps the first of an action seen on two pages', () => {
    const merged = mergePages([[action('a', 'ALLOCATED')], [action('a', 'COMPLETED'), action('b', 'FILED')]]);
    expect(merged).toEqual([action('a', 'ALLOCATED'), action('b', 'FILED')]);
  });
  it('is empty for no pages', () => {
    expect(mergePages([])).toEqual([]);
  });
});
