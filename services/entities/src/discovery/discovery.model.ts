import type { SubjectKind } from './discovery.subjects.js';

/** A case holding a subject that the viewer may not see: only its force and officer in charge. */
export interface HiddenHolder {
  readonly caseId: string;
  readonly force: string;
  readonly officer: string;
  /** The alert its officer in charge was sent; set once the alert is raised. */
  readonly alertId?: string;
}

/** The cases holding a subject, split by what the viewer may see. */
export interface Holders {
  readonly visibleCases: readonly string[];
  readonly hidden: readonly HiddenHolder[];
  /** A visible case holding the subject is another force's (the executor then asks for a purpose). */
  readonly foreign: boolean;
}

/** Someone asked about, or recorded, a subject held in a case: what its officer in charge is told. */
export interface Alert {
  readonly id: string;
  readonly at: string;
  readonly askedBy: string;
  readonly askedByName: string;
  readonly askedByForce: string;
  readonly reason: string;
  readonly subjectKind: string;
  readonly subjectValue: string;
  readonly caseId: string;
}

/** A force and officer whose hidden cases hold a subject: whom the asker contacts. */
export interface KnownElsewhere {
  /** The alert raised on the first of the force and officer's cases: what the asker names to ask for access. */
  readonly hitId: string;
  readonly force: string;
  readonly officerInCharge: string;
}

/** Where a subject is known: the cases the asker may see, and for the rest only whom to contact. */
export interface SubjectCheck {
  readonly kind: SubjectKind | 'PERSON';
  readonly value: string;
  readonly caseIds: readonly string[];
  readonly knownElsewhere: readonly KnownElsewhere[];
}
