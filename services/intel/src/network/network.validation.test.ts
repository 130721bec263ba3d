import { describe, expect, it } from 'vitest';
import { checkExport, checkGroupBy, checkScope, checkVia } from './network.validation.js';

const fieldOf = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { code: string; details: { field?: string } }).details.field;
  }
  return undefined;
};

describe('network scope', () => {
  it('takes exactly one way to start', () => {
    expect(checkScope({ caseIds: ['c1'] })).toMatchObject({ kind: 'cases', hops: 1 });
    expect(checkScope({ operationId: 'o1', hops: 0 })).toMatchObject({ kind: 'operation', hops: 0 });
    expect(checkScope({ everything: true, hops: 2 })).toMatchObject({ kind: 'everything', hops: 2 });
    expect(fieldOf(() => checkScope({}))).toBe('scope');
    expect(fieldOf(() => checkScope({ caseIds: ['c1'], operationId: 'o1' }))).toBe('scope');
    expect(fieldOf(() => checkScope({ everything: false }))).toBe('scope');
  });

  it('bounds hops and seeds and names the field at fault', () => {
    expect(fieldOf(() => checkScope({ caseIds: ['c1'], hops: 4 }))).toBe('scope.hops');
    expect(fieldOf(() => checkScope({ caseIds: ['c1'], hops: -1 }))).toBe('scope.hops');
    expect(fieldOf(() => checkScope({ seeds: [] }))).toBe('scope.seeds');
    expect(fieldOf(() => checkScope({ seeds: [{ kind: 'PERSON', id: ' ' }] }))).toBe('scope.seeds[0].id');
    expect(fieldOf(() => checkScope({ caseIds: [] }))).toBe('scope.caseIds');
  });

  it('checks the filter', () => {
    expect(checkScope({ caseIds: ['c1'], filter: { forces: ['GMP'] } }).filter).toEqual({ forces: ['GMP'], crimeTypes: null, from: null, to: null });
    expect(fieldOf(() => checkScope({ caseIds: ['c1'], filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }))).toBe('scope.filter.to');
    expect(fieldOf(() => checkScope({ caseIds: ['c1'], filter: { forces: [] } }))).toBe('scope.filter.forces');
  });
});

describe('link kinds', () => {
  it('defaults to every kind and refuses unknown ones', () => {
    expect(checkVia(undefined)).toContain('CO_OFFENDING');
    expect(checkVia(['KNOWS', 'KNOWS'])).toEqual(['KNOWS']);
    expect(fieldOf(() => checkVia(['KNOWS', 'LOVES']))).toBe('via[1]');
    expect(fieldOf(() => checkVia([]))).toBe('via');
  });
});

describe('groupings', () => {
  it('keeps each once and needs one', () => {
    expect(checkGroupBy(['FORCE', 'MONTH', 'FORCE'])).toEqual(['FORCE', 'MONTH']);
    expect(fieldOf(() => checkGroupBy([]))).toBe('groupBy');
  });
});

describe('exports', () => {
  const scope = { caseIds: ['c1'] };
  const grading = { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P' };

  it('grades an ANX chart only, and needs its grade', () => {
    expect(checkExport({ scope, format: 'ANX', recipients: ['CPS'], grading }, 500).grade).toMatchObject({ sourceEvaluation: 2, assessment: 'B' });
    expect(checkExport({ scope, format: 'CSV', recipients: ['CPS'], grading }, 500).grade).toBeNull();
    expect(fieldOf(() => checkExport({ scope, format: 'ANX', recipients: ['CPS'] }, 500))).toBe('input.grading');
  });

  it('names the export’s fields, and bounds its records by the channel', () => {
    expect(checkExport({ scope, format: 'CSV', recipients: ['CPS'] }, 500)).toMatchObject({ limit: 500, recipients: ['CPS'] });
    expect(fieldOf(() => checkExport({ scope: {}, format: 'CSV', recipients: ['CPS'] }, 500))).toBe('input.scope');
    expect(fieldOf(() => checkExport({ scope, format: 'CSV', recipients: ['CPS'], limit: 501 }, 500))).toBe('input.limit');
    expect(fieldOf(() => checkExport({ scope, format: 'CSV', recipients: [] }, 500))).toBe('input.recipients');
  });
});
