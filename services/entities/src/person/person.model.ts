import type { DatePrecision, Hit, Identifiers } from '@crosslink/common';

export const personRoles = ['SUSPECT', 'VICTIM', 'WITNESS', 'ASSOCIATE', 'OFFENDER'] as const;
export type PersonRole = (typeof personRoles)[number];

export const genders = ['MALE', 'FEMALE', 'NON_BINARY', 'NOT_KNOWN'] as const;
export type Gender = (typeof genders)[number];

/** Circumstances that leave someone unable to protect themselves from harm or exploitation. */
export const vulnerabilities = [
  'MENTAL_HEALTH',
  'LEARNING_DISABILITY',
  'PHYSICAL_DISABILITY',
  'SUBSTANCE_MISUSE',
  'HOMELESS',
  'LANGUAGE_BARRIER',
  'IMMIGRATION_STATUS',
  'DEBT_BONDAGE',
  'DOMESTIC_ABUSE',
  'CARE_LEAVER',
  'ELDERLY',
  'OTHER',
] as const;
export type Vulnerability = (typeof vulnerabilities)[number];

export interface Alias {
  readonly forenames: string;
  readonly surname: string;
  readonly recordedBy: string;
  readonly at: string;
}

export interface Person {
  readonly id: string;
  readonly forenames: string;
  readonly surname: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when unknown. */
  readonly dateOfBirth: string | null;
  readonly dateOfBirthPrecision: DatePrecision | null;
  readonly gender: Gender | null;
  /** ISO 3166-1 alpha-3, e.g. GBR. */
  readonly nationality: string | null;
  readonly identifiers: Identifiers;
  readonly vulnerabilities: readonly Vulnerability[];
  readonly aliases: readonly Alias[];
  /**
   * Whether any NRM referral or MS1 exists for the person, in any case: the safeguarding flag must
   * show wherever they appear, even where the referral itself may not be read.
   */
  readonly nrmReferred: boolean;
  /** Seen by the viewer only through other forces' cases: the answer holding it needs a purpose. */
  readonly foreign: boolean;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** A person's part in one case. */
export interface Involvement {
  readonly caseId: string;
  readonly role: PersonRole;
  readonly since: string;
  readonly person: Person;
}

export interface NewAlias {
  readonly forenames: string;
  readonly surname: string;
}

export interface NewPerson {
  readonly forenames: string;
  readonly surname: string;
  readonly dateOfBirth: string | null;
  readonly dateOfBirthPrecision: DatePrecision | null;
  readonly gender: Gender | null;
  readonly nationality: string | null;
  readonly identifiers: Identifiers;
  readonly vulnerabilities: readonly Vulnerability[];
  readonly aliases: readonly NewAlias[];
}

/** A person just recorded in a case, and where else they are known. */
export interface RecordedPerson extends Involvement {
  readonly hits: readonly Hit[];
}

/** A visible case's people, with its owning force so that the case's reference is judged like the case. */
export interface CasePeople {
  readonly force: string;
  readonly people: readonly Involvement[];
}

/** A person's part in a visible case, as their list of cases shows it. */
export interface CaseLink {
  readonly caseId: string;
  /** The case's owning force, so its reference is judged like the case itself. */
  readonly force: string;
  readonly role: PersonRole;
  readonly since: string;
}

/**
 * A Case as this subgraph knows it: its id, what the read audit judges its reference by (its owning
 * force, or whether it is another force's; never sent) and, once loaded, its people.
 */
export interface CaseStub {
  readonly __typename?: 'Case';
  readonly id: string;
  readonly force?: string;
  readonly foreign?: boolean;
  readonly people?: readonly Involvement[];
}
