import type { Clearance } from '@crosslink/common';
import type { Grading } from './grading.js';
import type { SubjectKind } from './subject.js';

export interface IntelligenceItem {
  readonly id: string;
  readonly subjectKind: SubjectKind;
  readonly subjectId: string;
  readonly text: string;
  readonly grading: Grading;
  readonly classification: Clearance;
  readonly caveats: readonly string[];
  /** Force of the officer who recorded it. */
  readonly force: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
  /** Its subject is seen by the viewer only through other forces' cases: the answer needs a purpose. */
  readonly foreign: boolean;
}

export type NewIntelligence = Omit<IntelligenceItem, 'recordedAt' | 'foreign'>;
