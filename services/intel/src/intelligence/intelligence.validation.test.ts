import { describe, expect, it } from 'vitest';
import { checkIntelligence, checkSubjectKind, type RecordIntelligenceInput } from './intelligence.validation.js';

const author = { clearance: 'SECRET' as const, caveats: new Set(['SENSITIVE']) };
const input: RecordIntelligenceInput = {
  subjectKind: 'PERSON',
  subjectId: 'p1',
  text: '  Seen at the address with a second phone ',
  grading: { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P' },
};

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { code, details } = error as { code: string; details?: { field?: string } };
    return [code, details?.field];
  }
  return undefined;
};

describe('recording intelligence', () => {
  it('trims the text, defaults the classification and sorts the caveats', () => {
    expect(checkIntelligence({ ...input, caveats: ['SENSITIVE', 'SENSITIVE'] }, author)).toEqual({
      subjectKind: 'PERSON',
      subjectId: 'p1',
      text: 'Seen at the address with a second phone',
      grading: { sourceEvaluation: 2, assessment: 'B', handlingCode: 'P', handlingConditions: null, legacy: null },
      classification: 'OFFICIAL',
      caveats: ['SENSITIVE'],
    });
  });

  it('takes a 3x5x2 grading or a legacy grade, exactly one', () => {
    const legacyGrading = { source: 'B', intelligence: 2, handling: 1 };
    expect(checkIntelligence({ ...input, grading: null, legacyGrading }, author).grading).toMatchObject({ legacy: 'B2 1' });
    expect(refusal(() => checkIntelligence({ ...input, legacyGrading }, author))).toEqual(['VALIDATION_FAILED', 'input.legacyGrading']);
    expect(refusal(() => checkIntelligence({ ...input, grading: null }, author))).toEqual(['VALIDATION_FAILED', 'input.grading']);
  });

  it('refuses what is malformed, naming the field', () => {
    expect(refusal(() => checkIntelligence({ ...input, subjectKind: 'PHONE' }, author))).toEqual(['VALIDATION_FAILED', 'input.subjectKind']);
    expect(refusal(() => checkIntelligence({ ...input, text: '  ' }, author))).toEqual(['VALIDATION_FAILED', 'input.text']);
    expect(refusal(() => checkIntelligence({ ...input, text: 'x'.repeat(10_001) }, author))).toEqual(['VALIDATION_FAILED', 'input.text']);
    expect(refusal(() => checkIntelligence({ ...input, classification: 'RESTRICTED' }, author))).toEqual(['VALIDATION_FAILED', 'input.classification']);
    expect(refusal(() => checkIntelligence({ ...input, caveats: ['not a caveat'] }, author))).toEqual(['VALIDATION_FAILED', 'input.caveats']);
  });

  it('never lets an author mark an item beyond what they may read', () => {
    expect(refusal(() => checkIntelligence({ ...input, classification: 'TOP_SECRET' }, author))).toEqual(['FORBIDDEN', 'input.classification']);
    expect(refusal(() => checkIntelligence({ ...input, caveats: ['NOFORN'] }, author))).toEqual(['FORBIDDEN', 'input.caveats']);
  });

  it('names the subject kinds when one is unknown', () => {
    expect(checkSubjectKind('LOCATION', 'subjectKind')).toBe('LOCATION');
    expect(() => checkSubjectKind('PHONE', 'subjectKind')).toThrow('A subject is one of CASE, PERSON, LOCATION');
  });
});
