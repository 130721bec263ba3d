import { caveatPattern, clearanceReaches, clearances, CrosslinkError, validationError, type Clearance, type Principal } from '@crosslink/common';
import { mapLegacyGrading, validateGrading, type Grading, type GradingInput, type LegacyGradingInput } from './grading.js';
import type { NewIntelligence } from './intelligence.model.js';
import { subjectLabels, type SubjectKind } from './subject.js';

export interface RecordIntelligenceInput {
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly text: string;
  readonly grading?: GradingInput | null;
  readonly legacyGrading?: LegacyGradingInput | null;
  readonly classification?: string | null;
  readonly caveats?: readonly string[] | null;
}

/** An item as checked, before it is given its id, its author and their force. */
export type ValidIntelligence = Omit<NewIntelligence, 'id' | 'force' | 'recordedBy'>;

const TEXT_MAX = 10_000;

export function checkSubjectKind(value: string, field: string): SubjectKind {
  if (value in subjectLabels) return value as SubjectKind;
  throw validationError(field, `A subject is one of ${Object.keys(subjectLabels).join(', ')}`);
}

/**
 * Checks an item to record: its subject kind, its text, exactly one of a 3x5x2 grading or a legacy
 * 5x5x5 grade (mapped), and its handling. An item may be classified above its subject, never above
 * what its author may read, nor marked with a caveat they do not hold (FORBIDDEN, naming the field).
 */
export function checkIntelligence(input: RecordIntelligenceInput, author: Pick<Principal, 'clearance' | 'caveats'>): ValidIntelligence {
  const subjectKind = checkSubjectKind(input.subjectKind, 'input.subjectKind');
  const text = input.text.trim();
  if (text === '') throw validationError('input.text', 'The intelligence text is required');
  if (text.length > TEXT_MAX) throw validationError('input.text', `At most ${TEXT_MAX} characters`);
  const grading = checkGrading(input);
  const classification = (input.classification ?? 'OFFICIAL') as Clearance;
  if (!clearances.includes(classification)) throw validationError('input.classification', 'OFFICIAL, SECRET or TOP_SECRET');
  if (!clearanceReaches(author.clearance, classification)) {
    throw new CrosslinkError('FORBIDDEN', 'You may not classify an item above your own clearance', { field: 'input.classification' });
  }
  const caveats = [...new Set(input.caveats ?? [])].sort();
  for (const caveat of caveats) {
    if (!caveatPattern.test(caveat)) throw validationError('input.caveats', `${caveat} is not a caveat name`);
    if (!author.caveats.has(caveat)) {
      throw new CrosslinkError('FORBIDDEN', `You may not mark an item ${caveat} without holding it`, { field: 'input.caveats' });
    }
  }
  return { subjectKind, subjectId: input.subjectId, text, grading, classification, caveats };
}

function checkGrading(input: RecordIntelligenceInput): Grading {
  if (input.grading && input.legacyGrading) throw validationError('input.legacyGrading', 'Give a 3x5x2 grading or a legacy one, not both');
  if (input.grading) return validateGrading(input.grading, 'input.grading');
  if (input.legacyGrading) return mapLegacyGrading(input.legacyGrading, 'input.legacyGrading');
  throw validationError('input.grading', 'Intelligence must be graded');
}
