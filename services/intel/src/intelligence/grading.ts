import { validationError } from '@crosslink/common';
import type { HandlingCode as SchemaHandlingCode, IntelligenceAssessment } from '../generated/schema-types.js';
import { everyValueOf } from '../shared/enum-values.js';

/**
 * The National Intelligence Model's 3x5x2 grading.
 * - source evaluation: 1 reliable, 2 untested, 3 not reliable;
 * - intelligence assessment: A known directly to the source, B known indirectly but corroborated,
 *   C known indirectly, D not known, E suspected to be false;
 * - handling code: P lawful sharing permitted; C lawful sharing permitted with conditions, which
 *   must be recorded and shown to whoever receives the item.
 */
export type Assessment = IntelligenceAssessment;
export const assessments = everyValueOf<Assessment>()(['A', 'B', 'C', 'D', 'E']);
export type HandlingCode = SchemaHandlingCode;
export type SourceEvaluation = 1 | 2 | 3;

export interface Grading {
  readonly sourceEvaluation: SourceEvaluation;
  readonly assessment: Assessment;
  readonly handlingCode: HandlingCode;
  readonly handlingConditions: string | null;
  /** The grade the item arrived with, when it came from a legacy 5x5x5 system, e.g. "B2 4". */
  readonly legacy: string | null;
}

export interface GradingInput {
  readonly sourceEvaluation: number;
  readonly assessment: string;
  readonly handlingCode: string;
  readonly handlingConditions?: string | null;
}

/** A legacy 5x5x5 grade: source A–E, intelligence 1–5, handling 1–5. */
export interface LegacyGradingInput {
  readonly source: string;
  readonly intelligence: number;
  readonly handling: number;
  readonly handlingConditions?: string | null;
}

const CONDITIONS_MAX = 1000;

export function validateGrading(input: GradingInput, field: string): Grading {
  if (input.sourceEvaluation !== 1 && input.sourceEvaluation !== 2 && input.sourceEvaluation !== 3) {
    throw validationError(`${field}.sourceEvaluation`, 'Source evaluation is 1 (reliable), 2 (untested) or 3 (not reliable)');
  }
  if (!(assessments as readonly string[]).includes(input.assessment)) {
    throw validationError(`${field}.assessment`, 'Intelligence assessment is one of A, B, C, D, E');
  }
  if (input.handlingCode !== 'P' && input.handlingCode !== 'C') {
    throw validationError(`${field}.handlingCode`, 'Handling code is P or C');
  }
  const conditions = input.handlingConditions?.trim() || null;
  if (input.handlingCode === 'C' && conditions === null) {
    throw validationError(`${field}.handlingConditions`, 'Handling code C needs the conditions of sharing recorded');
  }
  if (input.handlingCode === 'P' && conditions !== null) {
    throw validationError(`${field}.handlingConditions`, 'Conditions belong to handling code C; P permits sharing without them');
  }
  if (conditions !== null && conditions.length > CONDITIONS_MAX) {
    throw validationError(`${field}.handlingConditions`, `At most ${CONDITIONS_MAX} characters`);
  }
  return {
    sourceEvaluation: input.sourceEvaluation,
    assessment: input.assessment as Assessment,
    handlingCode: input.handlingCode,
    handlingConditions: conditions,
    legacy: null,
  };
}

/**
 * Maps a legacy 5x5x5 grade to 3x5x2, erring on the side of caution:
 * - source A (always reliable), B (mostly reliable) → 1; C (sometimes reliable), E (untested) → 2;
 *   D (unreliable) → 3;
 * - intelligence 1 (known true without reservation), 2 (known personally to the source) → A;
 *   3 (corroborated) → B; 4 (cannot be judged) → D; 5 (suspected false) → E;
 * - handling 1, 2 (may be disseminated within law enforcement) → P; 3, 4, 5 (restricted) → C, whose
 *   conditions are the ones given, or the legacy restriction spelt out.
 * The original grade is kept beside the mapped one. Crosslink's mapping; confirm with the force's
 * intelligence management policy before relying on it for dissemination.
 */
export function mapLegacyGrading(input: LegacyGradingInput, field: string): Grading {
  const source = input.source.trim().toUpperCase();
  const sources: Record<string, SourceEvaluation> = { A: 1, B: 1, C: 2, E: 2, D: 3 };
  const sourceEvaluation = sources[source];
  if (sourceEvaluation === undefined) throw validationError(`${field}.source`, 'A 5x5x5 source grade is A–E');
  const intelligence: Record<number, Assessment> = { 1: 'A', 2: 'A', 3: 'B', 4: 'D', 5: 'E' };
  const assessment = intelligence[input.intelligence];
  if (assessment === undefined) throw validationError(`${field}.intelligence`, 'A 5x5x5 intelligence grade is 1–5');
  if (!Number.isInteger(input.handling) || input.handling < 1 || input.handling > 5) {
    throw validationError(`${field}.handling`, 'A 5x5x5 handling code is 1–5');
  }
  const restricted = input.handling >= 3;
  const given = input.handlingConditions?.trim() || null;
  const restriction: Record<number, string> = {
    3: 'Legacy handling code 3: disseminate only to non-prosecuting parties with the originator’s agreement',
    4: 'Legacy handling code 4: do not disseminate outside the originating agency without its agreement',
    5: 'Legacy handling code 5: special handling; consult the originator before any use',
  };
  return {
    sourceEvaluation,
    assessment,
    handlingCode: restricted ? 'C' : 'P',
    handlingConditions: restricted ? (given ?? restriction[input.handling] ?? null) : null,
    legacy: `${source}${input.intelligence} ${input.handling}`,
  };
}

/** The grade as officers write it, e.g. "1B P". */
export function gradeCode(grading: Pick<Grading, 'sourceEvaluation' | 'assessment' | 'handlingCode'>): string {
  return `${grading.sourceEvaluation}${grading.assessment} ${grading.handlingCode}`;
}
