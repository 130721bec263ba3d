import { describe, expect, it } from 'vitest';
import { gradeCode, mapLegacyGrading, validateGrading } from './grading.js';

describe('3x5x2 grading', () => {
  it('accepts a grade with handling P', () => {
    expect(validateGrading({ sourceEvaluation: 1, assessment: 'B', handlingCode: 'P' }, 'input.grading')).toEqual({
      sourceEvaluation: 1,
      assessment: 'B',
      handlingCode: 'P',
      handlingConditions: null,
      legacy: null,
    });
  });

  it('needs conditions for handling C, and keeps them', () => {
    expect(() => validateGrading({ sourceEvaluation: 2, assessment: 'C', handlingCode: 'C' }, 'g')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { field: 'g.handlingConditions' } }),
    );
    expect(() => validateGrading({ sourceEvaluation: 2, assessment: 'C', handlingCode: 'C', handlingConditions: '   ' }, 'g')).toThrow();
    const graded = validateGrading(
      { sourceEvaluation: 2, assessment: 'C', handlingCode: 'C', handlingConditions: ' Not to be shared with Border Force ' },
      'g',
    );
    expect(graded.handlingConditions).toBe('Not to be shared with Border Force');
  });

  it('refuses conditions on handling P', () => {
    expect(() => validateGrading({ sourceEvaluation: 1, assessment: 'A', handlingCode: 'P', handlingConditions: 'x' }, 'g')).toThrow(
      expect.objectContaining({ details: { field: 'g.handlingConditions' } }),
    );
  });

  it.each([
    [{ sourceEvaluation: 0, assessment: 'A', handlingCode: 'P' }, 'g.sourceEvaluation'],
    [{ sourceEvaluation: 4, assessment: 'A', handlingCode: 'P' }, 'g.sourceEvaluation'],
    [{ sourceEvaluation: 1, assessment: 'F', handlingCode: 'P' }, 'g.assessment'],
    [{ sourceEvaluation: 1, assessment: 'A', handlingCode: 'X' }, 'g.handlingCode'],
  ])('refuses %j naming %s', (input, field) => {
    expect(() => validateGrading(input, 'g')).toThrow(expect.objectContaining({ details: { field } }));
  });

  it('writes the grade as officers do', () => {
    expect(gradeCode({ sourceEvaluation: 1, assessment: 'B', handlingCode: 'P' })).toBe('1B P');
  });
});

describe('legacy 5x5x5 grades', () => {
  it.each([
    [{ source: 'A', intelligence: 1, handling: 1 }, 1, 'A', 'P'],
    [{ source: 'b', intelligence: 2, handling: 2 }, 1, 'A', 'P'],
    [{ source: 'C', intelligence: 3, handling: 1 }, 2, 'B', 'P'],
    [{ source: 'D', intelligence: 4, handling: 1 }, 3, 'D', 'P'],
    [{ source: 'E', intelligence: 5, handling: 1 }, 2, 'E', 'P'],
  ])('maps %j to %s%s %s', (input, source, assessment, handling) => {
    expect(mapLegacyGrading(input, 'l')).toMatchObject({ sourceEvaluation: source, assessment, handlingCode: handling, handlingConditions: null });
  });

  it('maps restricted handling to C with the restriction spelt out, and keeps the original grade', () => {
    const mapped = mapLegacyGrading({ source: 'B', intelligence: 2, handling: 4 }, 'l');
    expect(mapped).toMatchObject({ handlingCode: 'C', legacy: 'B2 4' });
    expect(mapped.handlingConditions).toMatch(/originating agency/);
    expect(mapLegacyGrading({ source: 'B', intelligence: 2, handling: 5, handlingConditions: 'Source protection' }, 'l').handlingConditions).toBe(
      'Source protection',
    );
  });

  it.each([
    [{ source: 'F', intelligence: 1, handling: 1 }, 'l.source'],
    [{ source: 'A', intelligence: 6, handling: 1 }, 'l.intelligence'],
    [{ source: 'A', intelligence: 1, handling: 0 }, 'l.handling'],
  ])('refuses %j naming %s', (input, field) => {
    expect(() => mapLegacyGrading(input, 'l')).toThrow(expect.objectContaining({ details: { field } }));
  });
});
